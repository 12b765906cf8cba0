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
        output.PostContent.AppendHtml(HiddenField());
    }

    /// <summary>The hidden field with a new one-time token, for a form written without the form tag helper (<see cref="ConfirmedActionTagHelper"/>).</summary>
    internal static string HiddenField() =>
        $"<input type=\"hidden\" name=\"{FormOnceFilter.Field}\" value=\"{NewToken()}\">";

    /// <summary>The length of a one-time token: 16 random bytes in lower-case hex.</summary>
    internal const int TokenLength = 32;

    /// <summary>A new one-time token, for a new form (or a kept page's, <see cref="KeptHtml"/>).</summary>
    internal static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(TokenLength / 2));
}
#pragma warning restore CA1515
