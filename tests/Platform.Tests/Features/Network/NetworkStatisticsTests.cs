using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Model;
using Platform.Features.Fees.Model;
using Platform.Features.Integrations;
using Platform.Features.LegalDates;
using Platform.Features.Members;
using Platform.Features.Network;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Network;

/// <summary>The statistics job, the network's report and exports, and who may see what, on real SQLite databases.</summary>
public sealed class NetworkStatisticsTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    /// <summary>A number as the pages write it (Swedish groups with a no-break space).</summary>
    private static string Sv(int value) => value.ToString("N0", Platform.Infrastructure.SwedishTime.Culture);

    private static DateTime At(int year, int month, int day, int hour = 12) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);

    /// <summary>An association with the given municipalities (name, population) and a region, and <paramref name="seatHolders"/> people on its board.</summary>
    private async Task<TenantInfo> AssociationAsync(string slug, string name, string region, int seatHolders, params (string Name, int Population)[] municipalities)
    {
        // The operators set the county of the region's county (the network's views read it from the catalog).
        var tenant = await _platform.ProvisionAsync(slug, name, SwedishCounties.OfRegion(region));
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var from = new DateOnly(2015, 1, 1);
            db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Government, Name = "Försäkringskassan", MemberFrom = from });
            db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.EmploymentService, Name = "Arbetsförmedlingen", MemberFrom = from });
            db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Region, Name = region, MemberFrom = from });
            foreach (var (municipality, population) in municipalities)
                db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Municipality, Name = municipality, Population = population, MemberFrom = from });
            var board = new Body { Id = Guid.NewGuid(), Kind = BodyKind.Board, Name = "Styrelsen" };
            db.Bodies.Add(board);
            for (var i = 0; i < seatHolders; i++)
            {
                var contact = new Contact { Id = Guid.NewGuid(), Name = $"Ledamot {i}" };
                db.Contacts.Add(contact);
                db.Seats.Add(new Seat { Id = Guid.NewGuid(), BodyId = board.Id, ContactId = contact.Id, Kind = SeatKind.Member, From = new DateOnly(2023, 1, 1) });
            }
            await db.SaveChangesAsync();
        });
        return tenant;
    }

    private Task TakeAsync(TenantInfo tenant) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<StatisticsJob>().RunAsync(tenant.Id, CancellationToken.None));

    private async Task<HttpClient> NetworkAsync()
    {
        await _platform.AddPlatformPersonAsync(Roles.Network, "natverk@platform.test");
        return await _platform.SignInAsync("localhost", "natverk@platform.test");
    }

    private static JsonElement Entry(JsonElement report, string slug) =>
        report.GetProperty("associations").EnumerateArray().Single(a => a.GetProperty("slug").GetString() == slug);

    private static decimal? Figure(JsonElement entry, NetworkFigure figure) =>
        entry.GetProperty(figure.Key) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;

    [Fact]
    public async Task The_board_figures_follow_the_rules_held_cancelled_future_other_bodies_and_immediate_postings()
    {
        var skane = await AssociationAsync("regler", "Samordningsförbundet Regler", "Region Skåne", 5, ("Lunds kommun", 10_000), ("Höörs kommun", 5_000));
        await _platform.InTenantAsync(skane, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            // Höör leaves in the middle of 2026; one board member leaves at the end of 2025 (a sixth person that year).
            (await db.Members.SingleAsync(m => m.Name == "Höörs kommun")).MemberTo = new DateOnly(2026, 6, 30);
            var board = await db.Bodies.SingleAsync();
            var leaving = new Contact { Id = Guid.NewGuid(), Name = "Avgången ledamot" };
            db.Contacts.Add(leaving);
            db.Seats.Add(new Seat { Id = Guid.NewGuid(), BodyId = board.Id, ContactId = leaving.Id, Kind = SeatKind.Substitute, From = new DateOnly(2023, 1, 1), To = new DateOnly(2025, 12, 31) });
            var group = new Body { Id = Guid.NewGuid(), Kind = BodyKind.SteeringGroup, Name = "Styrgruppen" };
            db.Bodies.Add(group);

            Meeting Meeting(Body body, DateTime at, MeetingStatus status = MeetingStatus.Held)
            {
                var m = new Meeting { Id = Guid.NewGuid(), BodyId = body.Id, StartsAt = at, EndsAt = at.AddHours(2), Status = status };
                db.Meetings.Add(m);
                return m;
            }
            void Adjusted(Meeting m, DateOnly on) => db.Minutes.Add(new Minutes { MeetingId = m.Id, Status = MinutesStatus.Adjusted, AdjustedOn = on });
            void Posted(Meeting m, DateOnly adjusted, DateOnly posted, bool immediate = false) => db.Postings.Add(new Posting
            {
                Id = Guid.NewGuid(),
                MeetingId = m.Id,
                BodyName = "Styrelsen",
                Paragraphs = "§ 1",
                KeptAt = "Kansliet",
                PostedBy = "test",
                MeetingDate = DateOnly.FromDateTime(m.StartsAt),
                AdjustedOn = adjusted,
                PostedOn = posted,
                ImmediateOnly = immediate,
                PostingDeadline = NoticeBoardDates.PostingDeadline(adjusted),
                Late = posted > NoticeBoardDates.PostingDeadline(adjusted),
                LastAppealDay = NoticeBoardDates.LastAppealDay(posted),
                EarliestTakedown = NoticeBoardDates.EarliestTakedown(posted),
                PostedAt = At(posted.Year, posted.Month, posted.Day),
            });

            // 10 March: adjusted after 10 days (Friday 20 March), posted Monday 23 March, the deadline (Sunday → Monday): on time, 13 days.
            var march = Meeting(board, At(2026, 3, 10));
            Adjusted(march, new DateOnly(2026, 3, 20));
            Posted(march, new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 23));
            // 5 May: one paragraph adjusted at once and posted the same day (on time); the minutes after 20 days,
            // posted 29 May although the deadline was Wednesday 27 May: late, 24 days.
            var may = Meeting(board, At(2026, 5, 5));
            Posted(may, new DateOnly(2026, 5, 5), new DateOnly(2026, 5, 5), immediate: true);
            Adjusted(may, new DateOnly(2026, 5, 25));
            Posted(may, new DateOnly(2026, 5, 25), new DateOnly(2026, 5, 29));
            Meeting(board, At(2026, 4, 14), MeetingStatus.Cancelled);             // cancelled: not held
            Meeting(board, At(2026, 12, 10), MeetingStatus.NoticeSent);           // after today (23 November): not held yet
            var steering = Meeting(group, At(2026, 2, 3));                         // another body: not the board
            Adjusted(steering, new DateOnly(2026, 3, 30));
            Posted(steering, new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 15));
            await db.SaveChangesAsync();
        });
        await TakeAsync(skane);

        var report = JsonDocument.Parse(await (await NetworkAsync()).GetStringAsync("/api/network/stats?year=2026")).RootElement;
        var entry = Entry(report, "regler");
        Assert.Equal("Skåne län", entry.GetProperty("county").GetString());
        Assert.Equal("current", entry.GetProperty("state").GetString());
        Assert.Equal(new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), entry.GetProperty("takenAt").GetDateTime().ToUniversalTime());
        var expected = new Dictionary<NetworkFigure, decimal?>
        {
            [NetworkFigures.MemberParties] = 4,
            [NetworkFigures.Municipalities] = 1,
            [NetworkFigures.Population] = 10_000,
            [NetworkFigures.BoardSeatHolders] = 5,
            [NetworkFigures.BoardMeetings] = 2,
            [NetworkFigures.MinutesAdjusted] = 2,
            [NetworkFigures.MinutesAdjustedWithin14Days] = 1,
            [NetworkFigures.PostingsOnTime] = 2,
            [NetworkFigures.PostingsLate] = 1,
            [NetworkFigures.MedianDaysToPosting] = 18.5m,
            [NetworkFigures.FeesDecided] = null,
            [NetworkFigures.FeesInvoiced] = null,
        };
        Assert.All(expected, e => Assert.Equal(e.Value, Figure(entry, e.Key)));

        var lastYear = Entry(JsonDocument.Parse(await (await NetworkAsync()).GetStringAsync("/api/network/stats?year=2025")).RootElement, "regler");
        Assert.Equal(2, Figure(lastYear, NetworkFigures.Municipalities));
        Assert.Equal(15_000, Figure(lastYear, NetworkFigures.Population));
        Assert.Equal(6, Figure(lastYear, NetworkFigures.BoardSeatHolders));
        Assert.Equal(0, Figure(lastYear, NetworkFigures.BoardMeetings));
    }

    [Fact]
    public async Task Small_counts_of_people_are_hidden_in_the_page_the_json_and_the_csv_and_the_total_that_would_give_them_away()
    {
        var big = await AssociationAsync("stor", "Samordningsförbundet Stor", "Region Stockholm", 9, ("Täby kommun", 75_000));
        var small = await AssociationAsync("liten", "Samordningsförbundet Liten", "Region Stockholm", 3, ("Vaxholms stad", 12_000));
        await TakeAsync(big);
        await TakeAsync(small);
        var network = await NetworkAsync();

        var json = JsonDocument.Parse(await network.GetStringAsync("/api/network/stats?year=2026")).RootElement;
        Assert.Null(Figure(Entry(json, "liten"), NetworkFigures.BoardSeatHolders));
        Assert.Contains("boardSeatHolders", Entry(json, "liten").GetProperty("suppressed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(9, Figure(Entry(json, "stor"), NetworkFigures.BoardSeatHolders));
        // 12 in all would give the 3 away (12 − 9).
        Assert.Equal(JsonValueKind.Null, json.GetProperty("national").GetProperty("totals").GetProperty("boardSeatHolders").ValueKind);
        Assert.Contains("boardSeatHolders", json.GetProperty("national").GetProperty("suppressed").GetProperty("totals").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(87_000, json.GetProperty("national").GetProperty("totals").GetProperty("population").GetDecimal());

        var page = System.Net.WebUtility.HtmlDecode(await network.GetStringAsync("/natverk"));
        var row = page[page.IndexOf("data-slug=\"liten\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("data-figure=\"boardSeatHolders\">färre än 5<", row, StringComparison.Ordinal);
        var total = page[page.IndexOf("<tr class=\"total\">", StringComparison.Ordinal)..];
        Assert.Contains("data-figure=\"boardSeatHolders\">dold<", total[..total.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.DoesNotContain(">12<", total[..total.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);

        var csv = Encoding.UTF8.GetString(await network.GetByteArrayAsync("/api/network/stats?year=2026&format=csv"));
        Assert.Contains("Samordningsförbundet Liten;liten;Stockholms län;", csv, StringComparison.Ordinal);
        Assert.Contains(";färre än 5;", csv.Split("\r\n").Single(l => l.Contains(";liten;", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_opens_in_excel_with_swedish_characters_intact()
    {
        var tenant = await AssociationAsync("angermanland", "Samordningsförbundet Ådalen–Örnsköldsvik", "Region Västernorrland", 6, ("Örnsköldsviks kommun", 56_000), ("Härnösands kommun", 25_000));
        await TakeAsync(tenant);
        var network = await NetworkAsync();

        using var response = await network.GetAsync("/api/network/stats?year=2026&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("natverksstatistik-2026.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // The byte order mark is what makes Excel read the file as UTF-8 rather than Windows-1252.
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Förbund;Kortnamn;Län;Uppgifter från;Status;Medlemsparter;Kommuner;Invånare i kommunerna;", lines[0], StringComparison.Ordinal);
        var row = lines.Single(l => l.Contains(";angermanland;", StringComparison.Ordinal)).Split(';');
        Assert.Equal("Samordningsförbundet Ådalen–Örnsköldsvik", row[0]);
        Assert.Equal("Västernorrlands län", row[2]);
        Assert.Equal("aktuell", row[4]);
        Assert.Equal(["5", "2", "81000", "6"], row[5..9]);
        Assert.Equal(lines[0].Split(';').Length, row.Length);
        Assert.Equal(4, lines.Length); // header, one association, the sum and the median
        Assert.StartsWith("Summa (1 förbund);", lines[2], StringComparison.Ordinal);

        using var filtered = await network.GetAsync("/api/network/stats?year=2026&format=csv&county=" + Uri.EscapeDataString("Skåne län"));
        Assert.Equal("natverksstatistik-2026-skane-lan.csv", filtered.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal(3, Encoding.UTF8.GetString(await filtered.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_suspended_association_is_left_out_and_the_report_says_so()
    {
        var open = await AssociationAsync("oppen", "Samordningsförbundet Öppen", "Region Uppsala", 6, ("Enköpings kommun", 46_000));
        var closed = await AssociationAsync("vilande", "Samordningsförbundet Vilande", "Region Uppsala", 6, ("Tierps kommun", 21_000));
        await TakeAsync(open);
        await TakeAsync(closed);
        await _platform.Service<TenantProvisioner>().SetStatusAsync("vilande", TenantStatus.Suspended, CancellationToken.None);
        var network = await NetworkAsync();

        var json = JsonDocument.Parse(await network.GetStringAsync("/api/network/stats?year=2026")).RootElement;
        Assert.Equal(["oppen"], json.GetProperty("associations").EnumerateArray().Select(a => a.GetProperty("slug").GetString()));
        var excluded = Assert.Single(json.GetProperty("excluded").EnumerateArray());
        Assert.Equal("vilande", excluded.GetProperty("slug").GetString());
        Assert.Equal("avstängt av plattformens drift", excluded.GetProperty("reason").GetString());
        Assert.Equal(46_000, json.GetProperty("national").GetProperty("totals").GetProperty("population").GetDecimal());

        var page = System.Net.WebUtility.HtmlDecode(await network.GetStringAsync("/natverk"));
        Assert.Contains("Ingår inte:", page, StringComparison.Ordinal);
        Assert.Contains("Samordningsförbundet Vilande (avstängt av plattformens drift)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-slug=\"vilande\"", page, StringComparison.Ordinal);
        // The nightly fan-out does not even start its job.
        Assert.Equal(1, _platform.Service<Platform.Infrastructure.Jobs.TenantFanOut>().EnqueueForEveryAssociation(StatisticsJob.Id));
    }

    [Fact]
    public async Task An_association_whose_database_fails_keeps_its_last_figures_and_the_report_is_flagged_partial()
    {
        var healthy = await AssociationAsync("frisk", "Samordningsförbundet Frisk", "Region Halland", 6, ("Kungsbacka kommun", 86_000));
        var broken = await AssociationAsync("trasig", "Samordningsförbundet Trasig", "Region Halland", 6, ("Varbergs kommun", 66_000));
        await TakeAsync(healthy);
        await TakeAsync(broken);

        // The next night, a day later: one association's database file is damaged.
        _platform.Clock.Advance(TimeSpan.FromDays(1));
        SqliteConnection.ClearAllPools();
        await File.WriteAllBytesAsync(_platform.TenantFile(broken.DatabaseName), Encoding.ASCII.GetBytes(new string('x', 8192)));
        await TakeAsync(healthy);
        await Assert.ThrowsAnyAsync<Exception>(() => TakeAsync(broken));

        var json = JsonDocument.Parse(await (await NetworkAsync()).GetStringAsync("/api/network/stats?year=2026")).RootElement;
        Assert.False(json.GetProperty("complete").GetBoolean());
        var entry = Entry(json, "trasig");
        Assert.Equal("failed", entry.GetProperty("state").GetString());
        Assert.Contains("kunde inte tas fram", entry.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(66_000, Figure(entry, NetworkFigures.Population)); // the last good figures, with their time
        Assert.Equal(new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), entry.GetProperty("takenAt").GetDateTime().ToUniversalTime());
        Assert.Equal("current", Entry(json, "frisk").GetProperty("state").GetString());
        var page = System.Net.WebUtility.HtmlDecode(await (await NetworkAsync()).GetStringAsync("/natverk"));
        Assert.Contains("Delvis resultat:", page, StringComparison.Ordinal);
        Assert.Contains("Samordningsförbundet Trasig: Statistiken kunde inte tas fram", page, StringComparison.Ordinal);

        // Two more days without a successful night: the healthy one's figures are no longer current either.
        _platform.Clock.Advance(TimeSpan.FromHours(49));
        json = JsonDocument.Parse(await (await NetworkAsync()).GetStringAsync("/api/network/stats?year=2026")).RootElement;
        Assert.Equal("stale", Entry(json, "frisk").GetProperty("state").GetString());
        Assert.Contains("Siffrorna är från 2026-11-24", Entry(json, "frisk").GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_reaches_no_association_and_an_association_reaches_no_network_statistics()
    {
        var tenant = await AssociationAsync("alfa", "Samordningsförbundet Alfa", "Region Gävleborg", 6, ("Gävle kommun", 100_000));
        await TakeAsync(tenant);
        await _platform.AddPersonAsync(tenant, Roles.Admin, "admin@alfa.test");
        await using (var scope = _platform.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IntegrationClients>().RegisterConfidentialAsync(tenant.Id, "alfa-integration", "Alfa", null, "test", CancellationToken.None, "alfa-secret");
        var networkToken = await _platform.NetworkTokenAsync();
        var networkCookie = await _platform.SessionCookieAsync("localhost", (await _platform.AddPlatformPersonAsync(Roles.Network, "natverk@platform.test")).Email!);
        var associationToken = await _platform.TokenAsync("alfa.localhost", "alfa-integration", "alfa-secret");
        var admin = await _platform.SignInAsync("alfa.localhost", "admin@alfa.test");

        static bool Refused(HttpResponseMessage r) => r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            || r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("/konto/", StringComparison.Ordinal);

        // The network's token and cookie on the association's host.
        foreach (var path in new[] { "/api/members", "/api/fee-decisions/2026", "/admin/statistik", "/" + "api/invoices" })
        {
            Assert.True(Refused(await _platform.BearerClient("alfa.localhost", networkToken).GetAsync(path)), path);
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", networkCookie);
            Assert.True(Refused(await _platform.RawClient("alfa.localhost").SendAsync(request)), path);
        }
        Assert.Equal(HttpStatusCode.OK, (await _platform.BearerClient("localhost", networkToken).GetAsync("/api/network/stats?year=2026")).StatusCode);

        // The association's token and its admin, on the platform host and on its own.
        Assert.True(Refused(await _platform.BearerClient("localhost", associationToken).GetAsync("/api/network/stats?year=2026")));
        Assert.True(Refused(await _platform.BearerClient("alfa.localhost", associationToken).GetAsync("/api/network/stats?year=2026")));
        Assert.True(Refused(await admin.GetAsync("/api/network/stats?year=2026")));
        Assert.True(Refused(await _platform.ClientFor("localhost").GetAsync("/natverk")));
        Assert.True(Refused(await _platform.ClientFor("localhost").GetAsync("/api/network/stats")));

        // A refresh is the operators'; the network reads only.
        Assert.Equal(HttpStatusCode.Forbidden, (await _platform.BearerClient("localhost", networkToken).PostAsync("/api/network/stats/refresh", null)).StatusCode);
        await _platform.AddPlatformPersonAsync(Roles.Operator, "drift@platform.test");
        var operatorClient = await _platform.SignInAsync("localhost", "drift@platform.test");
        Assert.True(Refused(await operatorClient.GetAsync("/api/network/stats?year=2026")));
        var antiforgery = System.Text.RegularExpressions.Regex.Match(await operatorClient.GetStringAsync("/drift"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var refresh = new HttpRequestMessage(HttpMethod.Post, "/api/network/stats/refresh");
        refresh.Headers.Add("RequestVerificationToken", antiforgery);
        using var accepted = await operatorClient.SendAsync(refresh);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()).RootElement.GetProperty("enqueued").GetInt32());
    }

    [Fact]
    public async Task Wrong_input_gets_swedish_field_errors_not_a_failure()
    {
        var network = await NetworkAsync();
        var (status, body) = await network.SendAsync(HttpMethod.Get, "/api/network/stats?year=1999&county=Narnia&format=xls");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = body.GetProperty("errors");
        Assert.Equal("Ange ett år mellan 2004 och 2026.", errors.GetProperty("year")[0].GetString());
        Assert.StartsWith("Välj ett av Sveriges län", errors.GetProperty("county")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Ange format json eller csv.", errors.GetProperty("format")[0].GetString());

        var page = System.Net.WebUtility.HtmlDecode(await network.GetStringAsync("/natverk?ar=abc&lan=Narnia"));
        Assert.Contains("Ange ett år mellan 2004 och 2026.", page, StringComparison.Ordinal);
        Assert.Contains("Urvalet innehåller fel", page, StringComparison.Ordinal);
        Assert.Contains("Nationella nätverket: statistik 2026", page, StringComparison.Ordinal);
    }

    /// <summary>ISOLATION.md 29: what reaches the catalog is numbers, never a name; the schema has no room for one.</summary>
    [Fact]
    public async Task The_statistics_hold_aggregates_only()
    {
        var tenant = await AssociationAsync("kanarie", "Samordningsförbundet Kanarie", "Region Kalmar län", 6, ("CANARY kommun", 20_000));
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            foreach (var contact in await db.Contacts.ToListAsync()) contact.Name = "CANARY " + contact.Name;
            db.Add(new FeeDecision { Id = Guid.NewGuid(), Year = 2026, Total = 1_000_000, SavedBy = "CANARY@example.org", Reference = "CANARY beslut" });
            await db.SaveChangesAsync();
        });
        await TakeAsync(tenant);

        var model = _platform.Service<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<CatalogDb>().Model;
        Assert.Equal(["Figure", "TakenAt", "TenantId", "Value", "Year"], model.FindEntityType(typeof(StatisticsFigure))!.GetProperties().Select(p => p.Name).Order());
        Assert.Equal(["AttemptedAt", "County", "Problem", "TakenAt", "TenantId"], model.FindEntityType(typeof(StatisticsSnapshot))!.GetProperties().Select(p => p.Name).Order());

        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_platform.DataDirectory, "catalog.db")}");
        await connection.OpenAsync();
        var cells = new List<string>();
        foreach (var table in new[] { "StatisticsFigures", "StatisticsSnapshots" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++) cells.Add(reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString()!);
        }
        Assert.NotEmpty(cells);
        Assert.DoesNotContain(cells, c => c.Contains("CANARY", StringComparison.OrdinalIgnoreCase));
        var keys = await _platform.Service<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<CatalogDb>().StatisticsFigures.Select(f => f.Figure).Distinct().ToListAsync();
        Assert.All(keys, k => Assert.NotNull(NetworkFigures.Find(k)));
        Assert.Contains(NetworkFigures.FeesDecided.Key, keys);

        var json = JsonDocument.Parse(await (await NetworkAsync()).GetStringAsync("/api/network/stats?year=2026")).RootElement;
        Assert.DoesNotContain("CANARY", json.GetRawText(), StringComparison.OrdinalIgnoreCase);
        string[] allowed = ["slug", "name", "county", "takenAt", "state", "note", "suppressed", .. NetworkFigures.All.Select(f => f.Key)];
        Assert.All(Entry(json, "kanarie").EnumerateObject(), p => Assert.Contains(p.Name, allowed));
    }

    /// <summary>An association's admins see their own figures beside the median, and the median only when it cannot give another association's figure away.</summary>
    [Fact]
    public async Task Admins_see_their_own_figures_beside_the_median_of_at_least_five_associations()
    {
        var first = await AssociationAsync("forsta", "Samordningsförbundet Första", "Region Dalarna", 6, ("Falu kommun", 1_000));
        var second = await AssociationAsync("andra", "Samordningsförbundet Andra", "Region Dalarna", 6, ("Borlänge kommun", 2_000));
        await TakeAsync(first);
        await TakeAsync(second);
        await _platform.AddPersonAsync(first, Roles.Admin, "admin@forsta.test");
        var admin = await _platform.SignInAsync("forsta.localhost", "admin@forsta.test");

        string Row(string page, NetworkFigure figure)
        {
            var row = page[page.IndexOf($"data-figure=\"{figure.Key}\"", StringComparison.Ordinal)..];
            return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        }

        var two = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/statistik"));
        Assert.Contains($">{Sv(1_000)}<", Row(two, NetworkFigures.Population), StringComparison.Ordinal);
        Assert.Contains("visas inte (för få förbund)", Row(two, NetworkFigures.Population), StringComparison.Ordinal);
        Assert.DoesNotContain(Sv(1_500), two, StringComparison.Ordinal); // the median of two would give the other's 2 000 away
        Assert.DoesNotContain("Andra", two, StringComparison.Ordinal);

        foreach (var (slug, population) in new[] { ("tredje", 3_000), ("fjarde", 4_000), ("femte", 5_000) })
            await TakeAsync(await AssociationAsync(slug, $"Samordningsförbundet {slug}", "Region Dalarna", 6, ("Kommun " + slug, population)));
        var five = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/statistik"));
        Assert.Contains($">{Sv(1_000)}<", Row(five, NetworkFigures.Population), StringComparison.Ordinal);
        Assert.Contains($">{Sv(3_000)}<", Row(five, NetworkFigures.Population), StringComparison.Ordinal);
        Assert.Contains("5 förbund har siffror för 2026", five, StringComparison.Ordinal);
        foreach (var other in new[] { "Andra", "tredje", "fjarde", "femte", Sv(2_000), Sv(4_000), Sv(5_000) })
            Assert.DoesNotContain(other, five, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every view the network can ask for (the country, each county) put side by side: no hidden count of
    /// people can be worked out from them together. Here the country's total minus Skåne's would be
    /// Dalarna's, 13, and with the visible 10 the hidden 3; and Dalarna's median of two, 6.5, gives the
    /// 3 away too. Brute force: every hidden count keeps at least two values that agree with everything shown.
    /// </summary>
    [Fact]
    public async Task No_hidden_count_can_be_worked_out_from_the_country_and_its_counties_together_or_from_a_median()
    {
        await TakeAsync(await AssociationAsync("dala-a", "Samordningsförbundet Dala A", "Region Dalarna", 3, ("Falu kommun", 59_000)));
        await TakeAsync(await AssociationAsync("dala-b", "Samordningsförbundet Dala B", "Region Dalarna", 10, ("Borlänge kommun", 52_000)));
        await TakeAsync(await AssociationAsync("skane-a", "Samordningsförbundet Skåne A", "Region Skåne", 2, ("Lunds kommun", 128_000)));
        await TakeAsync(await AssociationAsync("skane-b", "Samordningsförbundet Skåne B", "Region Skåne", 4, ("Höörs kommun", 17_000)));
        await TakeAsync(await AssociationAsync("skane-c", "Samordningsförbundet Skåne C", "Region Skåne", 20, ("Ystads kommun", 30_000)));
        var network = await NetworkAsync();
        var key = NetworkFigures.BoardSeatHolders.Key;

        async Task<JsonElement> ViewAsync(string? county) => JsonDocument.Parse(await network.GetStringAsync(
            "/api/network/stats?year=2026" + (county is null ? "" : "&county=" + Uri.EscapeDataString(county)))).RootElement;
        var country = await ViewAsync(null);
        var cells = country.GetProperty("associations").EnumerateArray()
            .Select(a => (County: a.GetProperty("county").GetString()!, Value: Figure(a, NetworkFigures.BoardSeatHolders))).ToList();
        Assert.Equal(3, cells.Count(c => c.Value is null));

        // Every total anyone can read: (which associations, what sum).
        var shown = new List<(int[] Cells, decimal Sum)>();
        if (Total(country) is { } national) shown.Add(([.. Enumerable.Range(0, cells.Count)], national));
        foreach (var county in new[] { "Dalarnas län", "Skåne län" })
        {
            var view = await ViewAsync(county);
            if (Total(view) is { } sum) shown.Add(([.. cells.Select((c, i) => (c, i)).Where(x => x.c.County == county).Select(x => x.i)], sum));
            if (county == "Dalarnas län")
            {
                Assert.Equal(JsonValueKind.Null, view.GetProperty("national").GetProperty("medians").GetProperty(key).ValueKind);
                Assert.Contains(key, view.GetProperty("national").GetProperty("suppressed").GetProperty("medians").EnumerateArray().Select(e => e.GetString()));
            }
        }
        Assert.NotEmpty(shown); // the views do show totals: hiding everything would prove nothing

        var hidden = cells.Select((c, i) => (c, i)).Where(x => x.c.Value is null).Select(x => x.i).ToList();
        var possible = hidden.ToDictionary(i => i, _ => new HashSet<int>());
        foreach (var assignment in Assignments(hidden.Count))
        {
            decimal ValueOf(int cell) => cells[cell].Value ?? assignment[hidden.IndexOf(cell)];
            if (!shown.All(t => t.Cells.Sum(ValueOf) == t.Sum)) continue;
            for (var j = 0; j < hidden.Count; j++) possible[hidden[j]].Add(assignment[j]);
        }
        Assert.All(possible, p => Assert.True(p.Value.Count >= 2, $"{cells[p.Key].County}, cell {p.Key}: can only be {string.Join("/", p.Value)}"));

        decimal? Total(JsonElement view) => view.GetProperty("national").GetProperty("totals").GetProperty(key) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;
    }

    private static IEnumerable<int[]> Assignments(int count) =>
        count == 0 ? [[]] : Assignments(count - 1).SelectMany(a => Enumerable.Range(1, 4).Select(v => (int[])[.. a, v]));

    /// <summary>
    /// The county comes from the platform's register, which the operators keep: an admin who renames the
    /// association's region member does not move it into another county's view (and its small counts
    /// beside that county's).
    /// </summary>
    [Fact]
    public async Task An_association_stays_in_the_county_the_operators_set_when_its_admin_renames_its_region_member()
    {
        var tenant = await AssociationAsync("flytt", "Samordningsförbundet Flytt", "Region Dalarna", 6, ("Mora kommun", 20_000));
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            (await db.Members.SingleAsync(m => m.Kind == MemberKind.Region)).Name = "Region Skåne";
            await db.SaveChangesAsync();
        });
        await TakeAsync(tenant);
        var network = await NetworkAsync();

        var country = JsonDocument.Parse(await network.GetStringAsync("/api/network/stats?year=2026")).RootElement;
        Assert.Equal("Dalarnas län", Entry(country, "flytt").GetProperty("county").GetString());
        var skane = JsonDocument.Parse(await network.GetStringAsync("/api/network/stats?year=2026&county=" + Uri.EscapeDataString("Skåne län"))).RootElement;
        Assert.Empty(skane.GetProperty("associations").EnumerateArray());

        // The operators move it, on their page; the network's views follow at once.
        await _platform.AddPlatformPersonAsync(Roles.Operator, "drift@platform.test");
        var operators = await _platform.SignInAsync("localhost", "drift@platform.test");
        var refused = await operators.PostPageAsync("/drift", "/drift?handler=County", ("Place.Association", "flytt"), ("Place.County", "Atlantis län"));
        Assert.Contains("är inte ett av Sveriges län", refused.Text, StringComparison.Ordinal);
        var moved = await operators.PostPageAsync("/drift", "/drift?handler=County", ("Place.Association", "flytt"), ("Place.County", "Skåne län"));
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.Contains("Län: Skåne län", System.Net.WebUtility.HtmlDecode(await operators.GetStringAsync("/drift")), StringComparison.Ordinal);
        skane = JsonDocument.Parse(await network.GetStringAsync("/api/network/stats?year=2026&county=" + Uri.EscapeDataString("Skåne län"))).RootElement;
        Assert.Equal("flytt", Assert.Single(skane.GetProperty("associations").EnumerateArray()).GetProperty("slug").GetString());

        // And from the command line.
        Assert.Equal(0, await Platform.Features.Operations.TenantCommands.RunAsync(_platform.Services, ["tenants", "county", "flytt", "Dalarnas län"], new StringWriter(), CancellationToken.None));
        Assert.Equal(1, await Platform.Features.Operations.TenantCommands.RunAsync(_platform.Services, ["tenants", "county", "flytt", "Dalarna"], new StringWriter(), CancellationToken.None));
        Assert.Equal("Dalarnas län", _platform.Service<TenantCatalog>().FindBySlug("flytt")!.County);
    }
}
