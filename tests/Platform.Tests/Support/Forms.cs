using System.Text.RegularExpressions;

namespace Platform.Tests.Support;

/// <summary>Posts a form the way a browser does: with the antiforgery token of the page that shows it.</summary>
internal static partial class Forms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>The antiforgery token of a page's HTML.</summary>
    public static string TokenOf(string html) => Token().Match(html).Groups[1].Value;

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        var token = TokenOf(await client.GetStringAsync(page));
        return await client.PostAsync(action, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));
    }
}
