using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Board.NoticeBoard;

/// <summary>The public feeds of the notice board, whatever text a notice was stored with.</summary>
public sealed class NoticeBoardFeedTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _tenant = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _tenant = await _platform.ProvisionAsync("sundsvall", "Samordningsförbundet i Sundsvall");
        await _platform.AddPersonAsync(_tenant, Roles.Admin, "kansli@sundsvall.test");
        _admin = await _platform.ApiClientAsync(_tenant, "kansli@sundsvall.test");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    /// <summary>A notice stored as it is, past every check of the edge (as text saved before the edge cleaned it).</summary>
    private async Task PostedAsync(string keptAt, string bodyName = "Styrelsen")
    {
        var (_, meeting) = await _admin.MeetingAsync("2026-11-17");
        await _platform.InTenantAsync(_tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Postings.Add(new Posting
            {
                Id = Guid.NewGuid(),
                MeetingId = Guid.Parse(meeting),
                BodyName = bodyName,
                MeetingDate = new DateOnly(2026, 11, 17),
                Paragraphs = "§ 1–2",
                AdjustedOn = new DateOnly(2026, 11, 23),
                PostedOn = new DateOnly(2026, 11, 23),
                PostingDeadline = new DateOnly(2026, 11, 25),
                LastAppealDay = new DateOnly(2026, 12, 14),
                EarliestTakedown = new DateOnly(2026, 12, 15),
                KeptAt = keptAt,
                PostedAt = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc),
                PostedBy = "kansli@sundsvall.test",
            });
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task A_vertical_tab_stored_in_where_the_minutes_are_kept_still_gives_a_valid_Atom_feed()
    {
        // Word's Shift+Enter pastes U+000B; with it the Atom writer threw and the feed answered 500.
        await PostedAsync("Kansliet\vKommunhuset rum 612\u0001");
        var board = _platform.ClientFor(PlatformFactory.HostOf(_tenant));

        using var atom = await board.GetAsync("/anslagstavla/flode.atom");

        Assert.Equal(HttpStatusCode.OK, atom.StatusCode);
        var feed = XDocument.Parse(await atom.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var summary = Assert.Single(feed.Root!.Elements(ns + "entry")).Element(ns + "summary")!.Value;
        Assert.Contains("Protokollet förvaras hos Kansliet\nKommunhuset rum 612.", summary, StringComparison.Ordinal);
        using var json = await board.GetAsync("/anslagstavla/flode.json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
    }

    [Fact]
    public async Task The_JSON_feed_escapes_markup_for_the_sites_that_embed_it()
    {
        // The API's relaxed escaping wrote "<script>" as it stands into a feed other sites embed.
        await PostedAsync("Kansliet", bodyName: "<script>alert(1)</script> & 'Styrelsen'");
        var board = _platform.ClientFor(PlatformFactory.HostOf(_tenant));

        var raw = await board.GetStringAsync("/anslagstavla/flode.json");

        Assert.DoesNotContain("<script>", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
        Assert.Contains("\\u0026", raw, StringComparison.Ordinal);
        // The default encoder: Swedish letters escaped too, and still the same text to a JSON reader.
        Assert.Contains("Samordningsf\\u00F6rbundet i Sundsvall", raw, StringComparison.Ordinal);
        var feed = JsonDocument.Parse(raw).RootElement;
        var item = Assert.Single(feed.GetProperty("items").EnumerateArray());
        Assert.Equal("<script>alert(1)</script> & 'Styrelsen'", item.GetProperty("_anslag").GetProperty("organ").GetString());
        Assert.Equal("Anslagstavla – Samordningsförbundet i Sundsvall", feed.GetProperty("title").GetString());
    }
}
