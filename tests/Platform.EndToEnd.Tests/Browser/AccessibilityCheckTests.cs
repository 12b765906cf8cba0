using Platform.EndToEnd.Tests.Support;
using Xunit.Sdk;

namespace Platform.EndToEnd.Tests.Browser;

/// <summary>The axe check the browser tests rely on can fail: a page with an image without text and a field without a label does not pass.</summary>
public sealed class AccessibilityCheckTests
{
    [Fact]
    public async Task The_check_fails_a_page_that_breaks_WCAG_and_names_the_rules()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            await page.SetContentAsync("<!DOCTYPE html><html lang=\"sv\"><head><title>Prov</title></head><body><main><h1>Prov</h1><img src=\"data:,\"><input type=\"text\"></main></body></html>");

            var failure = await Assert.ThrowsAsync<TrueException>(page.AssertAccessibleAsync);

            Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
            Assert.Contains("label", failure.Message, StringComparison.Ordinal);

            await page.SetContentAsync("<!DOCTYPE html><html lang=\"sv\"><head><title>Prov</title></head><body><main><h1>Prov</h1><img src=\"data:,\" alt=\"Logga\"><label>Namn <input type=\"text\"></label></main></body></html>");
            await page.AssertAccessibleAsync();
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
