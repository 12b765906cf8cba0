using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Text;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Web;

/// <summary>Free text is saved without control characters, whether it comes through the API or a page.</summary>
public sealed class FreeTextTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task Where_the_minutes_are_kept_is_saved_without_a_pasted_vertical_tab_through_the_API_and_the_page()
    {
        // Word's Shift+Enter pastes U+000B; stored, it broke the public Atom feed.
        var tenant = await _platform.ProvisionAsync("sundsvall", "Samordningsförbundet i Sundsvall");
        await _platform.AddPersonAsync(tenant, Roles.Admin, "kansli@sundsvall.test");
        var admin = await _platform.ApiClientAsync(tenant, "kansli@sundsvall.test");
        var (_, meeting) = await admin.MeetingAsync("2026-11-17");
        async Task<string?> KeptAtAsync() => (await admin.SendAsync(HttpMethod.Get, $"/api/meetings/{meeting}")).Body.GetProperty("minutes").GetProperty("keptAt").GetString();

        var (saved, body) = await admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { keptAt = "Kansliet\vKommunhuset\r\nrum 612\u0007\tplan 6" });
        Assert.True(saved == HttpStatusCode.OK, body.ToString());
        Assert.Equal("Kansliet\nKommunhuset\nrum 612\tplan 6", await KeptAtAsync());

        var (posted, page) = await admin.PostPageAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=Minutes", ("Minutes.KeptAt", "Förbundskansliet\v\u001bNorrtälje"));
        Assert.True(posted == HttpStatusCode.Redirect, page);
        Assert.Equal("Förbundskansliet\nNorrtälje", await KeptAtAsync());
    }

    [Fact]
    public void Every_string_the_API_reads_is_cleaned_and_what_it_writes_is_not_changed()
    {
        var json = _platform.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

        var read = JsonSerializer.Deserialize<Dictionary<string, string[]>>("""{"na\u000bme":["a\u000bb","c\r\nd\u0000e"]}""", json)!;

        Assert.Equal(["a\nb", "c\nde"], read["na\nme"]);
        Assert.Equal("""{"k":"\u000B"}""", JsonSerializer.Serialize(new Dictionary<string, string> { ["k"] = "\v" }, json).Replace("\\u000b", "\\u000B", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kansliet\vrum 612", "Kansliet\nrum 612")]
    [InlineData("a\r\nb\rc\nd\te", "a\nb\nc\nd\te")]
    [InlineData("bell\u0007 nul\u0000 esc\u001b del\u007f c1\u0080", "bell nul esc del c1")]
    [InlineData("Förbundskansliet, Norrtälje", "Förbundskansliet, Norrtälje")]
    public void Plain_text_keeps_newline_and_tab_and_leaves_out_what_XML_cannot_hold(string text, string clean) =>
        Assert.Equal(clean, PlainText.Clean(text));

    [Fact]
    public void Plain_text_keeps_a_surrogate_pair_and_leaves_out_an_unpaired_half_and_the_non_characters() =>
        Assert.Equal("ok \uD83D\uDE00 lone   nonchar ", PlainText.Clean("ok \uD83D\uDE00 lone \uD800 \uDC00 nonchar \uFFFE\uFFFF"));
}
