using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Infrastructure.Web.Forms;

/// <summary>
/// A page's HTML, kept like a read of <see cref="TenantReadCache"/> until the association's database
/// changes (issue 24): the part of a page inside <c>&lt;kept-html&gt;</c> (<see cref="KeptHtmlTagHelper"/>)
/// is written once and then reused, with the reads the page made for it skipped.
/// <para>
/// The page's handler asks first (<see cref="ReuseAsync"/>) and skips its reads when the answer is yes.
/// The HTML is kept per person and role, and only from a plain <c>GET</c> without a query string and
/// without field errors: what is kept must depend on nothing else than the association's database,
/// the day and the person's id and role. Its forms' tokens are holes: every view gets this request's
/// antiforgery token and new one-time tokens (<see cref="FormOnceTagHelper"/>), never those it was
/// written with. HTML whose tokens cannot all be found is not kept.
/// </para>
/// </summary>
internal sealed class KeptHtml(TenantReadCache cache, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions)
{
    /// <summary>A kept page counts this many characters as one entry against <see cref="TenantReadCache.Store.Capacity"/>.</summary>
    private const int CharactersPerEntry = 4096;

    private static readonly string OnceFieldStart = $"name=\"{FormOnceFilter.Field}\" value=\"";
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    private Fragment? _reused;
    private TenantReadCache.Reading? _pending;

    /// <summary>
    /// True when this page's HTML (by its path) is kept for this person and still current: the handler
    /// then skips its reads, and <c>&lt;kept-html&gt;</c> writes the kept HTML. False, and the page is
    /// read and written as usual, and kept if it may be.
    /// </summary>
    public async Task<bool> ReuseAsync(HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!HttpMethods.IsGet(http.Request.Method) || http.Request.QueryString.HasValue || http.User.UserId() is not { } person)
            return false;
        var roles = string.Join(',', http.User.FindAll(Claims.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
        var (kept, reading) = await cache.LookUpAsync<Fragment>($"html:{http.Request.Path}:{person}:{roles}", ct);
        _reused = kept;
        _pending = kept is null ? reading : null;
        return kept is not null;
    }

    /// <summary>The kept HTML with this request's tokens in its holes, or null when nothing is kept for it.</summary>
    public string? Fill(HttpContext http)
    {
        if (_reused is not { } fragment) return null;
        var antiforgeryToken = fragment.Holes.Contains(Hole.AntiforgeryToken) ? antiforgery.GetAndStoreTokens(http).RequestToken : null;
        var html = new StringBuilder(fragment.Length + (fragment.Holes.Length * 200));
        for (var i = 0; i < fragment.Holes.Length; i++)
        {
            html.Append(fragment.Parts[i]);
            html.Append(fragment.Holes[i] == Hole.AntiforgeryToken ? antiforgeryToken : FormOnceTagHelper.NewToken());
        }
        return html.Append(fragment.Parts[^1]).ToString();
    }

    /// <summary>Keeps <paramref name="html"/>, written by this request, if <see cref="ReuseAsync"/> found none to reuse and all its tokens are found.</summary>
    public void Keep(HttpContext http, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (_pending is not { } reading) return;
        _pending = null;
        var antiforgeryToken = html.Contains(antiforgeryOptions.Value.FormFieldName, StringComparison.Ordinal)
            ? antiforgery.GetAndStoreTokens(http).RequestToken
            : null;
        if (Cut(html, antiforgeryToken, antiforgeryOptions.Value.FormFieldName) is { } fragment)
            cache.Keep(reading, fragment, 1 + (html.Length / CharactersPerEntry));
    }

    /// <summary>
    /// <paramref name="html"/> cut at its tokens: every <paramref name="antiforgeryToken"/> and every
    /// one-time token. Null when an antiforgery field or a one-time field holds something else.
    /// </summary>
    internal static Fragment? Cut(string html, string? antiforgeryToken, string antiforgeryField)
    {
        var cuts = new List<(int At, int Length, Hole Hole)>();
        var antiforgeryAt = antiforgeryToken is { Length: > 0 } ? Positions(html, antiforgeryToken) : [];
        if (Positions(html, antiforgeryField).Count != antiforgeryAt.Count) return null;
        cuts.AddRange(antiforgeryAt.Select(at => (at, antiforgeryToken!.Length, Hole.AntiforgeryToken)));

        var onceAt = Positions(html, OnceFieldStart);
        if (Positions(html, FormOnceFilter.Field).Count != onceAt.Count) return null;
        foreach (var field in onceAt)
        {
            var token = field + OnceFieldStart.Length;
            if (token + FormOnceTagHelper.TokenLength >= html.Length || html[token + FormOnceTagHelper.TokenLength] != '"' || html.AsSpan(token, FormOnceTagHelper.TokenLength).ContainsAnyExcept(LowerHex))
                return null;
            cuts.Add((token, FormOnceTagHelper.TokenLength, Hole.OnceToken));
        }

        cuts.Sort((a, b) => a.At.CompareTo(b.At));
        var parts = new string[cuts.Count + 1];
        var from = 0;
        for (var i = 0; i < cuts.Count; i++)
        {
            parts[i] = html[from..cuts[i].At];
            from = cuts[i].At + cuts[i].Length;
        }
        parts[^1] = html[from..];
        return new Fragment(parts, [.. cuts.Select(c => c.Hole)], html.Length);
    }

    /// <summary>Where <paramref name="value"/> stands in <paramref name="html"/>, every time.</summary>
    private static List<int> Positions(string html, string value)
    {
        var positions = new List<int>();
        for (var at = html.IndexOf(value, StringComparison.Ordinal); at >= 0; at = html.IndexOf(value, at + value.Length, StringComparison.Ordinal)) positions.Add(at);
        return positions;
    }

    internal enum Hole { AntiforgeryToken, OnceToken }

    /// <summary>Kept HTML: <c>Parts[0] Holes[0] Parts[1] … Holes[n-1] Parts[n]</c>.</summary>
    internal sealed record Fragment(string[] Parts, Hole[] Holes, int Length);
}
