using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Grants.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Features.Board;
using Platform.Tests.Features.Grants.Office;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Grants.Decision;

/// <summary>
/// Bad input to the decision and the payment plan: an amount above what was applied for, a year outside the
/// period, a plan whose rows do not add up to the year's grant. Each is refused with a Swedish field error and
/// writes nothing. The application applies for 247 500 kr for 2026 and 726 000 kr for 2027.
/// </summary>
public sealed class DecisionInputTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _tenant = null!;
    private HttpClient _admin = null!;
    private Guid _id;
    private string _paragraph = null!;

    public async Task InitializeAsync()
    {
        _tenant = await _platform.ProvisionAsync("sundsvall", "Samordningsförbundet i Sundsvall");
        await _platform.AddPersonAsync(_tenant, Roles.Admin, "kansli@sundsvall.test");
        _admin = await _platform.ApiClientAsync(_tenant, "kansli@sundsvall.test");
        await _platform.MembersAsync(_tenant);
        _id = await _platform.ApplicationAsync(_tenant);
        var (_, meeting) = await _admin.MeetingAsync("2026-11-17");
        _paragraph = (await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/paragraphs", new { title = "Ansökan om medel" })).Id();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private Task<(HttpStatusCode Status, JsonElement Body)> DecideAsync(params object[] years) =>
        _admin.SendAsync(HttpMethod.Post, $"/api/grants/{_id}/decision", new { paragraphId = _paragraph, outcome = "Grant", years, decidedOn = "2026-11-17" });

    private Task<int> WrittenAsync() => _platform.ReadAsync(_tenant, async db =>
        await db.GrantYears.CountAsync() + await db.GrantPayments.CountAsync() + await db.GrantReports.CountAsync() + await db.Set<Platform.Features.Interventions.Model.Intervention>().CountAsync());

    private static string Error(JsonElement body, string field) => body.GetProperty("errors").GetProperty(field)[0].GetString()!;

    [Fact]
    public async Task An_amount_above_what_was_applied_for_is_refused_beside_its_year_and_nothing_is_written()
    {
        var (status, body) = await DecideAsync(new { year = 2026, amount = 247_501 }, new { year = 2027, amount = "726 000" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Beloppet för 2026 är större än det sökta (247 500 kr). Styrelsen kan bevilja högst det sökta beloppet.", Error(body, "years[0].amount").Replace('\u00a0', ' '));
        Assert.Equal(0, await WrittenAsync());
        Assert.Equal(ApplicationState.Submitted, (await _platform.ApplicationOfAsync(_tenant, _id)).State);
    }

    [Fact]
    public async Task A_year_outside_the_period_and_an_amount_that_is_not_one_are_refused_beside_their_fields()
    {
        var (status, body) = await DecideAsync(new { year = 2028, amount = 100 }, new { year = 2027, amount = "mycket" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("2028 ligger utanför ansökans period (2026–2027).", Error(body, "years[0].year"));
        Assert.Equal("Ange beloppet för 2027 i hela kronor, till exempel 247 500.", Error(body, "years[1].amount"));
        Assert.Equal(0, await WrittenAsync());
    }

    [Fact]
    public async Task A_partial_grant_is_partly_granted_and_a_plan_that_does_not_add_up_is_refused_with_nothing_changed()
    {
        var (status, decided) = await DecideAsync(new { year = 2026, amount = 200_001 }, new { year = 2027, amount = 726_000 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PartlyGranted", decided.Str("state"));
        var before = await _platform.ReadAsync(_tenant, db => db.GrantPayments.AsNoTracking().OrderBy(p => p.Year).ThenBy(p => p.Order).Select(p => p.Amount).ToListAsync());
        Assert.Equal([100_000L, 100_001L, 363_000L, 363_000L], before);
        var first = await _platform.ReadAsync(_tenant, db => db.GrantPayments.AsNoTracking().SingleAsync(p => p.Year == 2026 && p.Order == 1));

        var (refused, body) = await _admin.SendAsync(HttpMethod.Put, $"/api/grants/{_id}/payments", new { rows = new object[] { new { id = first.Id, year = 2026, amount = 150_000, condition = "AgreementSigned" } } });

        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal("Utbetalningarna för 2026 blir 250 001 kr men beviljat för 2026 är 200 001 kr. Summan av årets utbetalningar ska vara det beviljade beloppet.", Error(body, "rows[0].amount").Replace('\u00a0', ' '));
        Assert.Equal(before, await _platform.ReadAsync(_tenant, db => db.GrantPayments.AsNoTracking().OrderBy(p => p.Year).ThenBy(p => p.Order).Select(p => p.Amount).ToListAsync()));

        // Three parts that do add up are saved.
        var second = await _platform.ReadAsync(_tenant, db => db.GrantPayments.AsNoTracking().SingleAsync(p => p.Year == 2026 && p.Order == 2));
        var (saved, plan) = await _admin.SendAsync(HttpMethod.Put, $"/api/grants/{_id}/payments", new
        {
            rows = new object[]
            {
                new { id = first.Id, year = 2026, amount = 50_000, condition = "AgreementSigned" },
                new { id = second.Id, year = 2026, amount = 100_001, condition = "ReportApproved" },
                new { year = 2026, amount = "50 000", condition = "ReportApproved", notBefore = "2027-03-01" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, saved);
        Assert.Equal(5, plan.GetArrayLength());
    }
}
