using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Infrastructure.Web.Forms;

/// <summary>
/// A field with an error says so to a screen reader: <c>aria-invalid="true"</c>, and
/// <c>aria-describedby</c> naming its message (the <c>asp-validation-for</c> span, whose id
/// <see cref="FieldErrorMessageTagHelper"/> sets), beside any hint it already names.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
#pragma warning disable CA1515 // Razor finds only public tag helpers (the architecture test allows exactly these)
public sealed class FieldErrorTagHelper : TagHelper
{
    /// <summary>After the framework's tag helpers, which write the name and id.</summary>
    public override int Order => 100;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) || entry.Errors.Count == 0) return;
        output.Attributes.SetAttribute("aria-invalid", "true");
        var described = output.Attributes.TryGetAttribute("aria-describedby", out var hint) ? hint.Value?.ToString() : null;
        output.Attributes.SetAttribute("aria-describedby", string.Join(' ', new[] { described, FieldErrorMessageTagHelper.IdOf(name) }.Where(s => !string.IsNullOrEmpty(s))));
    }
}
#pragma warning restore CA1515
