using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Network;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Interventions;

/// <summary>Uppföljning Finsam and the interventions' figures in the network statistics, on <see cref="ResultsExample"/>.</summary>
public sealed class InterventionFiguresTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private async Task<TenantInfo> ExampleAsync()
    {
        var tenant = await _platform.ProvisionAsync("exempel");
        await ResultsExample.SeedAsync(_platform, tenant);
        return tenant;
    }

    [Fact]
    public async Task The_finsam_csv_opens_in_a_swedish_excel_with_the_years_figures()
    {
        var tenant = await ExampleAsync();
        var board = await _platform.SignedInAsync(tenant, Roles.Board);
        var response = await board.GetAsync("/insatser/uppfoljning-finsam/csv?ar=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("År;Insats;Typ;ESF-finansierad;Insatskostnad budget;Insatskostnad utfall;ESF-insatskostnad budget;ESF-insatskostnad utfall;" +
            "Planerat antal deltagare;Deltagare kvinnor;Deltagare män;Deltagare totalt;Kostnad per deltagare", lines[0]);
        // People active in 2025: women KOD-4711, KOD-5 + counts 2 + 1 = 5; men KOD-2, KOD-3 + counts 3 + 1 = 6.
        // 1 000 000 / 11 = 90 909,0909… → 90909,09 with a decimal comma and no thousands separator.
        Assert.Equal("2025;Exempelinsatsen;Individinriktad;Nej;1200000;1000000;0;;20;5;6;11;90909,09", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task The_finsam_page_and_api_give_the_same_figures_and_refuse_a_wrong_year()
    {
        var tenant = await ExampleAsync();
        var auditor = await _platform.SignedInAsync(tenant, Roles.Auditor);
        var json = JsonDocument.Parse(await auditor.GetStringAsync("/api/interventions/finsam?year=2025")).RootElement;
        var row = json.GetProperty("interventions").EnumerateArray().Single();
        Assert.Equal(5, row.GetProperty("women").GetInt32());
        Assert.Equal(6, row.GetProperty("men").GetInt32());
        Assert.Equal("individual", row.GetProperty("kind").GetString());
        var html = await auditor.GetStringAsync("/insatser/uppfoljning-finsam?ar=2025");
        Assert.Contains("<td class=\"num\">1&#xA0;000&#xA0;000 kr</td>", html, StringComparison.Ordinal); // the outcome, grouped with no-break spaces
        Assert.Equal(HttpStatusCode.BadRequest, (await auditor.GetAsync("/api/interventions/finsam?year=tjugo")).StatusCode);
        Assert.Contains("Ange ett år med fyra siffror", await auditor.GetStringAsync("/insatser/uppfoljning-finsam?ar=tjugo"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_gets_the_interventions_figures_with_counts_of_one_to_four_hidden()
    {
        var tenant = await ExampleAsync();
        await _platform.InTenantAsync(tenant, s => s.GetRequiredService<StatisticsJob>().RunAsync(tenant.Id, CancellationToken.None));
        await _platform.AddPlatformPersonAsync(Roles.Network, "natverk@platform.test");
        var network = await _platform.SignInAsync("localhost", "natverk@platform.test");
        var json = JsonDocument.Parse(await network.GetStringAsync("/api/network/stats?year=2025")).RootElement;
        var entry = json.GetProperty("associations").EnumerateArray().Single(a => a.GetProperty("slug").GetString() == "exempel");
        decimal? Figure(NetworkFigure f) => entry.GetProperty(f.Key) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null;
        var suppressed = entry.GetProperty("suppressed").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.Equal(1, Figure(NetworkFigures.InterventionsIndividual));
        Assert.Equal(0, Figure(NetworkFigures.InterventionsStructural));
        Assert.Equal(5, Figure(NetworkFigures.ParticipantsWomen));
        Assert.Equal(6, Figure(NetworkFigures.ParticipantsMen));
        Assert.Equal(90_909, Figure(NetworkFigures.CostPerParticipant));
        // Ended to work or studies in 2025: women KOD-4711 (work) and KOD-5 (studies) = 2, men 1 counted: both hidden.
        Assert.Null(Figure(NetworkFigures.EndedToWorkOrStudiesWomen));
        Assert.Null(Figure(NetworkFigures.EndedToWorkOrStudiesMen));
        Assert.Contains(NetworkFigures.EndedToWorkOrStudiesWomen.Key, suppressed);
        Assert.Contains(NetworkFigures.EndedToWorkOrStudiesMen.Key, suppressed);
        Assert.DoesNotContain(NetworkFigures.ParticipantsWomen.Key, suppressed);

        var page = await network.GetStringAsync("/natverk?ar=2025");
        Assert.Contains(NetworkFigures.ParticipantsWomen.Label, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cost_per_participant_is_not_given_when_the_participants_are_fewer_than_five()
    {
        var tenant = await ExampleAsync();
        await _platform.InTenantAsync(tenant, s => s.GetRequiredService<StatisticsJob>().RunAsync(tenant.Id, CancellationToken.None));
        await using var scope = _platform.Services.CreateAsyncScope();
        var figures = await scope.ServiceProvider.GetRequiredService<CatalogDb>().Set<StatisticsFigure>()
            .Where(f => f.TenantId == tenant.Id.Value && f.Figure == NetworkFigures.CostPerParticipant.Key).ToListAsync();
        // 2025 has 11 participants (given); 2026 has KOD-4711 and KOD-2 only (2) and no outcome; 2024 has no outcome.
        Assert.Equal([2025], figures.Select(f => f.Year));
    }

    [Fact]
    public async Task No_participant_code_or_birth_year_reaches_the_catalog()
    {
        var tenant = await ExampleAsync();
        await _platform.InTenantAsync(tenant, s => s.GetRequiredService<StatisticsJob>().RunAsync(tenant.Id, CancellationToken.None));
        SqliteConnection.ClearAllPools();
        var catalog = Directory.GetFiles(_platform.DataDirectory, "catalog.db*");
        Assert.NotEmpty(catalog);
        foreach (var file in catalog)
        {
            var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
            Assert.DoesNotContain("KOD-4711", text, StringComparison.Ordinal);
            Assert.DoesNotContain("KOD-", text, StringComparison.Ordinal);
        }
        // Only aggregates of the feature: the figure keys of NetworkFigures, numbers per year.
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_platform.DataDirectory, "catalog.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT Figure FROM StatisticsFigures";
        await using var reader = await command.ExecuteReaderAsync();
        var keys = new List<string>();
        while (await reader.ReadAsync()) keys.Add(reader.GetString(0));
        Assert.Contains(NetworkFigures.ParticipantsWomen.Key, keys);
        Assert.All(keys, k => Assert.NotNull(NetworkFigures.Find(k)));
        // No birth year among the values: the figures are counts and kronor (1960–2000 would be a participant's).
        await reader.CloseAsync();
        command.CommandText = "SELECT COUNT(*) FROM StatisticsFigures WHERE Figure IN ('participantsWomen','participantsMen','endedToWorkOrStudiesWomen','endedToWorkOrStudiesMen') AND CAST(Value AS INTEGER) BETWEEN 1940 AND 2011";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }
}
