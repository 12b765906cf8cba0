using System.Security.Cryptography;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Platform.Infrastructure.Web.Forms;

/// <summary>Gives every <c>&lt;form method="post"&gt;</c> of a page a one-time token (see <see cref="FormOnceFilter"/>).</summary>
[HtmlTargetElement("form", Attributes = "method")]
#pragma warning disable CA1515 // Razor finds only public tag helpers (the architecture test allows exactly these)
public sealed class FormOnceTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (!context.AllAttributes.TryGetAttribute("method", out var method)
            || !string.Equals(method.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase)) return;
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{FormOnceFilter.Field}\" value=\"{token}\">");
    }
}
#pragma warning restore CA1515
