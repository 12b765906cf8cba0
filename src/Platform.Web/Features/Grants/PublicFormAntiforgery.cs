using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Platform.Features.Grants;

/// <summary>
/// The antiforgery check of the public forms reached by a key in the link (the application form, the recipient's
/// report), which carry <c>[IgnoreAntiforgeryToken]</c> and ask this instead. A browser's post (it has the antiforgery
/// cookie) with a bad token is refused with 400 before anything else, as everywhere. A post with no antiforgery cookie
/// at all (no browser session to protect: an API client, a crawler) is answered by the key first, so that a wrong key
/// or another association's is 404 whoever sends it, and only then refused with 400.
/// </summary>
internal static class PublicFormAntiforgery
{
    /// <summary>Whether the post's token is good, and whether a browser session sent it.</summary>
    internal readonly record struct Check(bool Valid, bool FromBrowser)
    {
        /// <summary>Refuse now: a browser's post with a bad token.</summary>
        public bool RefuseBeforeKey => !Valid && FromBrowser;
    }

    public static async Task<Check> CheckAsync(HttpContext http)
    {
        var valid = await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
        var cookie = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        return new Check(valid, cookie is not null && http.Request.Cookies.ContainsKey(cookie));
    }
}
