using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Infrastructure.Web.Forms;

/// <summary>
/// <c>&lt;kept-html&gt;…&lt;/kept-html&gt;</c>: the part of a page that is written once and reused until
/// the association's database changes (<see cref="KeptHtml"/>). Writes no element of its own. The
/// page's handler must have asked <see cref="KeptHtml.ReuseAsync"/> first; otherwise, and on a view
/// with field errors, the content is written as usual and not kept.
/// </summary>
[HtmlTargetElement("kept-html")]
#pragma warning disable CA1515 // Razor finds only public tag helpers (the architecture test allows exactly these)
public sealed class KeptHtmlTagHelper(HtmlEncoder encoder) : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        var http = ViewContext.HttpContext;
        var kept = http.RequestServices.GetRequiredService<KeptHtml>();
        if (kept.Fill(http) is { } html)
        {
            output.Content.SetHtmlContent(html);
            return;
        }

        var content = await output.GetChildContentAsync();
        if (ViewContext.ModelState.Count == 0)
        {
            var written = content.GetContent(encoder);
            kept.Keep(http, written);
            output.Content.SetHtmlContent(written);
        }
        else
        {
            output.Content.SetHtmlContent(content);
        }
    }
}
#pragma warning restore CA1515
