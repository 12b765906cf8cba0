using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.EndToEnd.Tests.Support;

/// <summary>
/// Waiting for the next page without Playwright's load events. <c>WaitForURLAsync</c> and
/// <c>WaitForLoadStateAsync</c> first look at the state they have, then subscribe to the event that
/// changes it; an event delivered in between is lost and the test waits out its timeout
/// (microsoft/playwright-dotnet#3364, seen twice in CI on a loaded machine). These helpers poll
/// instead: an expectation is retried by the browser's driver, a function by the page.
/// (Only the regular expressions JavaScript shares are sent to the driver: no .NET-only options.)
/// </summary>
internal static class PageLoads
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60); // a loaded CI machine is slow; a wrong page fails on its assertions

    /// <summary>
    /// Runs <paramref name="action"/> (a submit, a link, Enter in a form) and returns when another
    /// document has replaced this one and has been parsed.
    /// </summary>
    public static async Task LoadsAnotherAsync(this IPage page, Func<Task> action)
    {
        await page.EvaluateAsync("() => { document.documentElement.dataset.earlier = ''; }");
        await action();
        await Assertions.Expect(page.Locator("html:not([data-earlier])")).ToBeAttachedAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await page.WaitForFunctionAsync("() => document.readyState !== 'loading'", null, new() { Timeout = (float)Patience.TotalMilliseconds });
    }

    /// <summary>Waits until the address matches <paramref name="pattern"/> (a regular expression).</summary>
    public static Task ArrivesAtAsync(this IPage page, [StringSyntax(StringSyntaxAttribute.Regex)] string pattern) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex(pattern, RegexOptions.None, Patience), new() { Timeout = (float)Patience.TotalMilliseconds });
}
