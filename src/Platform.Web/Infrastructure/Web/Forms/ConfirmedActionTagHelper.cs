using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Platform.Features.Shared;

namespace Platform.Infrastructure.Web.Forms;

/// <summary>
/// <c>&lt;confirmed-action model="new ConfirmedAction(…)" /&gt;</c>: a delete or revoke that asks first
/// (<see cref="ConfirmedAction"/>). The button opens the question in a <c>details</c> element, and only
/// "Ja, …" posts to the page's handler, with the hidden fields, the antiforgery token and the form's
/// one-time token. A tag helper rather than a partial view (issue 24): a page lists one per row, and a
/// partial per row cost a view lookup, a view and a form tag helper each.
/// </summary>
[HtmlTargetElement("confirmed-action", Attributes = "model", TagStructure = TagStructure.WithoutEndTag)]
#pragma warning disable CA1515 // Razor finds only public tag helpers (the architecture test allows exactly these)
public sealed class ConfirmedActionTagHelper(IHtmlGenerator generator, IUrlHelperFactory urls) : TagHelper
{
    /// <summary>The <see cref="ConfirmedAction"/> (typed as object: the record is internal, the tag helper public).</summary>
    [HtmlAttributeName("model")]
    public object Model { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Model is not ConfirmedAction action)
            throw new InvalidOperationException($"<confirmed-action> needs a {nameof(ConfirmedAction)} as its model.");

        // The same address as <form asp-page-handler="…">: this page, with its route values, and the handler.
        var url = urls.GetUrlHelper(ViewContext).Page(pageName: null, pageHandler: action.Handler);

        output.TagName = "details";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "confirm");
        var content = output.Content
            .AppendHtml("\n  <summary>").Append(action.Label).AppendHtml("<span class=\"visually-hidden\"> ").Append(action.Subject).AppendHtml("</span></summary>")
            .AppendHtml("\n  <div class=\"confirm-box\">\n    <p><strong>").Append(action.Question).AppendHtml("</strong>");
        if (action.Consequence is { } consequence) content.AppendHtml("<br>").Append(consequence);
        content.AppendHtml("</p>\n    <form method=\"post\" class=\"inline-form\" action=\"").Append(url).AppendHtml("\">");
        foreach (var (name, value) in action.Fields)
            content.AppendHtml("\n      <input type=\"hidden\" name=\"").Append(name).AppendHtml("\" value=\"").Append(value).AppendHtml("\">");
        content.AppendHtml("\n      <button type=\"submit\" class=\"danger small\">").Append(action.Confirm).AppendHtml("</button>\n    ")
            .AppendHtml(generator.GenerateAntiforgery(ViewContext) ?? HtmlString.Empty)
            .AppendHtml(FormOnceTagHelper.HiddenField())
            .AppendHtml("</form>\n    <span class=\"hint\">Inget ändras förrän du bekräftar.</span>\n  </div>\n");
    }
}
#pragma warning restore CA1515
