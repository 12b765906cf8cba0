using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Infrastructure.Web.Forms;

/// <summary>A field's error message gets an id the field and the error summary can point to.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
#pragma warning disable CA1515 // Razor finds only public tag helpers (the architecture test allows exactly these)
public sealed class FieldErrorMessageTagHelper : TagHelper
{
    public override int Order => 100;

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The id of the message of the field named <paramref name="fullName"/> ("Agenda.Title" → "Agenda_Title-error").</summary>
    public static string IdOf(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_") + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.Attributes.ContainsName("id"))
            output.Attributes.SetAttribute("id", IdOf(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name)));
    }
}
#pragma warning restore CA1515
