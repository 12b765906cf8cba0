using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Platform.EndToEnd.Tests.Support;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) over the page as it stands: every WCAG 2.0 and 2.1 rule of
/// level A and AA. A browser test calls it on every page it visits; a violation fails the test with
/// the rule, its help and the offending elements.
/// </summary>
internal static class Accessibility
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        var violations = result.Violations ?? [];
        Assert.True(violations.Length == 0, $"axe found WCAG 2.1 AA violations on {page.Url}:\n" + string.Join("\n", violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target}: {n.Html}")))));
    }
}
