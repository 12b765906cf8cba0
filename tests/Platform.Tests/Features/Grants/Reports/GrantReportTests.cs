using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Fees;
using Platform.Features.Grants.Model;
using Platform.Features.Grants.Payments;
using Platform.Features.Grants.Reports;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Grants.Payments;
using Platform.Tests.Features.Interventions;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Grants.Reports;

/// <summary>
/// The reports of a grant: the link to the recipient, the form with the follow-up's figures, the office's review,
/// the board's approval making the year's last payment ready, the money to repay, and the reminders once per step.
/// </summary>
public sealed class GrantReportTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private Task<GrantReport> ReportAsync(TenantInfo tenant, Guid id) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().GrantReports.AsNoTracking().Include(r => r.Costs).Include(r => r.Ended).SingleAsync(r => r.Id == id));

    /// <summary>Clicks "Skicka länk" on the office's page and returns the path of the link in the email.</summary>
    private async Task<string> SendLinkAsync(HttpClient admin, TenantInfo tenant, Guid applicationId, Guid reportId, string subject = "Redovisning av beviljade medel")
    {
        var page = $"/ansokningar/{applicationId}/redovisningar";
        using var sent = await admin.PostFormAsync(page, $"{page}?handler=Link&reportId={reportId}");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return (await _platform.LinkInOutboxAsync(tenant, subject)).PathAndQuery;
    }

    [Fact]
    public async Task The_recipient_reports_by_the_link_once_and_the_office_reviews_and_records_the_approval_that_makes_the_last_payment_ready()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var g = await GrantExample.SeedAsync(_platform, tenant, signedOn: new DateOnly(2026, 3, 1));
        var admin = await _platform.SignedInAsync(tenant);
        var link = await SendLinkAsync(admin, tenant, g.Application, g.Annual2026);
        Assert.Matches("^/redovisning/[A-Za-z0-9_-]{43}$", link);
        var message = (await _platform.OutboxAsync(tenant)).Last();
        Assert.Equal("kontakt1@sundsvall.example", message.To.Trim('<', '>').Split('<').Last().TrimEnd('>'));

        var recipient = _platform.ClientFor(PlatformFactory.HostOf(tenant));
        var form = WebUtility.HtmlDecode(await recipient.GetStringAsync(link));
        Assert.Contains("Årsrapport 2026", form, StringComparison.Ordinal);
        Assert.Contains($"Budget: {Money.Kronor(150_000)}", form, StringComparison.Ordinal);
        Assert.Contains("Ordinarie insats hos medlem", form, StringComparison.Ordinal); // the reasons for ending, by name

        // A refused form keeps what was typed.
        var (status, refused) = await recipient.PostPageAsync(link, link, ("Report.Women", "3"), ("Report.Men", "två"), ($"Report.Costs[{GrantExample.Salaries}]", "140000"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Ange antal män som ett heltal, till exempel 12.", refused, StringComparison.Ordinal);
        Assert.Contains("Ange en beskrivning av hur insatsen har gått.", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"140000\"", refused, StringComparison.Ordinal);

        using var submitted = await recipient.PostFormAsync(link, link,
            ("Report.Women", "3"), ("Report.Men", "2"), ("Report.EndedWomen[work]", "1"),
            ($"Report.Costs[{GrantExample.Salaries}]", "140 000"), ($"Report.Costs[{GrantExample.Premises}]", "40000"), ("Report.Text", "Det har gått bra."));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var report = await ReportAsync(tenant, g.Annual2026);
        Assert.Equal(ReportState.Submitted, report.State);
        Assert.Null(report.AccessKeyHash);
        Assert.Equal((3, 2), (report.Women, report.Men));
        Assert.False(report.FiguresFromFollowUp);
        Assert.Equal(180_000, report.Costs.Sum(c => c.Amount));
        Assert.Equal(1, report.Ended.Single(e => e.ReasonCode == "work").Women);
        Assert.Equal(HttpStatusCode.NotFound, (await recipient.GetAsync(link)).StatusCode); // the link is spent

        // The office reads the costs beside the budget, reviews, and records the board's approval.
        var page = $"/ansokningar/{g.Application}/redovisningar/{g.Annual2026}";
        var office = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains(Money.Kronor(-10_000), office, StringComparison.Ordinal); // salaries 140 000 against 150 000
        var (early, refusal) = await admin.PostPageAsync(page, $"{page}?handler=Approve", ("Approval.ApprovedOn", "2026-11-20"));
        Assert.Equal(HttpStatusCode.Conflict, early);
        Assert.Contains("först när kansliet har granskat den", refusal, StringComparison.Ordinal);
        using (var reviewed = await admin.PostFormAsync(page, $"{page}?handler=Review", ("Review.Comment", "Ser bra ut.")))
            Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Equal(ReportState.Reviewed, (await ReportAsync(tenant, g.Annual2026)).State);
        var before = await _platform.InTenantAsync(tenant, async s => (await s.GetRequiredService<GrantPayments>().ReadAsync(g.Application, CancellationToken.None))!);
        Assert.Equal(PaymentStatus.Planned, before.Payments.Single(p => p.Id == g.Rest2026).Status);

        var (future, futureText) = await admin.PostPageAsync(page, $"{page}?handler=Approve", ("Approval.ApprovedOn", "2026-11-24"));
        Assert.Equal(HttpStatusCode.BadRequest, future);
        Assert.Contains("Dagen kan inte vara senare än i dag.", futureText, StringComparison.Ordinal);
        using (var approved = await admin.PostFormAsync(page, $"{page}?handler=Approve", ("Approval.ApprovedOn", "2026-11-20"), ("Approval.ParagraphId", "")))
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var after = await _platform.InTenantAsync(tenant, async s => (await s.GetRequiredService<GrantPayments>().ReadAsync(g.Application, CancellationToken.None))!);
        Assert.Equal(PaymentStatus.Ready, after.Payments.Single(p => p.Id == g.Rest2026).Status);
        Assert.Equal(new DateOnly(2026, 11, 20), after.Payments.Single(p => p.Id == g.Rest2026).ConditionMetOn);
        // 100 000 kr paid for 2026 later; reported costs 180 000: nothing to repay yet.
        Assert.Empty(after.ToRepay);
    }

    [Fact]
    public async Task Money_not_used_in_an_approved_annual_report_shows_as_an_amount_to_repay()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var g = await GrantExample.SeedAsync(_platform, tenant, signedOn: new DateOnly(2026, 3, 1));
        await _platform.InTenantAsync(tenant, async s =>
        {
            var payments = s.GetRequiredService<GrantPayments>();
            Assert.True((await payments.PayAsync(g.Application, g.First2026, new PayInput { PaidOn = "2026-03-10", Amount = "100000" }, "kansli", CancellationToken.None)).Succeeded);
        });
        await GrantExample.SetReportAsync(_platform, tenant, g.Annual2026, ReportState.Approved, new DateOnly(2026, 11, 20), costs: 160_000);
        await _platform.InTenantAsync(tenant, async s =>
        {
            var payments = s.GetRequiredService<GrantPayments>();
            Assert.True((await payments.PayAsync(g.Application, g.Rest2026, new PayInput { PaidOn = "2026-11-23", Amount = "100000" }, "kansli", CancellationToken.None)).Succeeded);
        });
        var admin = await _platform.SignedInAsync(tenant);
        var expected = $"Att återbetala: {Money.Kronor(40_000)}"; // 200 000 paid for 2026 − 160 000 reported
        Assert.Contains(expected, WebUtility.HtmlDecode(await admin.GetStringAsync($"/ansokningar/{g.Application}/redovisningar/{g.Annual2026}")), StringComparison.Ordinal);
        Assert.Contains(expected, WebUtility.HtmlDecode(await admin.GetStringAsync($"/ansokningar/{g.Application}/utbetalningar")), StringComparison.Ordinal);
        var grants = await admin.GetFromJsonAsync<JsonElement>("/api/grants");
        Assert.Equal(40_000, grants[0].GetProperty("toRepay").GetInt64());
    }

    [Fact]
    public async Task The_figures_come_from_the_interventions_follow_up_and_what_the_browser_sends_for_them_is_not_used()
    {
        var tenant = await _platform.ProvisionAsync("exempel");
        await ResultsExample.SeedAsync(_platform, tenant);
        var g = await GrantExample.SeedAsync(_platform, tenant, signedOn: new DateOnly(2025, 3, 1), interventionId: ResultsExample.InterventionId);
        // The example's hand-computed period, 2025-01-01–06-30: a half-year report of 2025.
        var reportId = await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var report = new GrantReport
            {
                Id = Guid.NewGuid(),
                ApplicationId = g.Application,
                Year = 2025,
                Kind = ReportKind.HalfYear,
                PeriodStart = new DateOnly(2025, 1, 1),
                PeriodEnd = new DateOnly(2025, 6, 30),
                DueOn = new DateOnly(2025, 8, 14),
                State = ReportState.Pending,
            };
            db.GrantReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
        var admin = await _platform.SignedInAsync(tenant);
        var link = await SendLinkAsync(admin, tenant, g.Application, reportId);
        var recipient = _platform.ClientFor(PlatformFactory.HostOf(tenant));
        var form = WebUtility.HtmlDecode(await recipient.GetStringAsync(link));
        Assert.Contains("Uppgifterna kommer från insatsens uppföljning", form, StringComparison.Ordinal);
        Assert.Contains("id=\"women\" value=\"4\" readonly", form, StringComparison.Ordinal);
        Assert.Contains("id=\"men\" value=\"5\" readonly", form, StringComparison.Ordinal);
        Assert.DoesNotContain("KOD-", form, StringComparison.Ordinal);

        using var submitted = await recipient.PostFormAsync(link, link, ("Report.Women", "99"), ("Report.Men", "99"), ("Report.Text", "Halvåret."));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var report = await ReportAsync(tenant, reportId);
        Assert.True(report.FiguresFromFollowUp);
        Assert.Equal((4, 5), (report.Women, report.Men));
        // As the results count them: work W1 (record) + M1 (count), studies W1, memberMeasure M1, other W1 (count).
        var ended = report.Ended.ToDictionary(e => e.ReasonCode, e => (e.Women, e.Men));
        Assert.Equal((1, 1), ended["work"]);
        Assert.Equal((1, 0), ended["studies"]);
        Assert.Equal((0, 1), ended["memberMeasure"]);
        Assert.Equal((1, 0), ended["other"]);
        Assert.Equal(4, ended.Count);
    }

    [Fact]
    public async Task A_wrong_key_another_associations_key_and_a_returned_reports_old_key_are_not_found()
    {
        var a = await _platform.ProvisionAsync("alfa");
        var b = await _platform.ProvisionAsync("beta");
        var ours = await GrantExample.SeedAsync(_platform, a, signedOn: new DateOnly(2026, 3, 1));
        var theirs = await GrantExample.SeedAsync(_platform, b, signedOn: new DateOnly(2026, 3, 1));
        var adminB = await _platform.SignedInAsync(b);
        var theirLink = await SendLinkAsync(adminB, b, theirs.Application, theirs.HalfYear2026);
        var onA = _platform.ClientFor(PlatformFactory.HostOf(a));
        Assert.Equal(HttpStatusCode.NotFound, (await onA.GetAsync(theirLink)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await onA.GetAsync("/redovisning/finns-inte")).StatusCode);

        var adminA = await _platform.SignedInAsync(a);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.GetAsync($"/ansokningar/{theirs.Application}/redovisningar/{theirs.HalfYear2026}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.GetAsync($"/api/grants/{theirs.Application}/reports")).StatusCode);

        // Sent again: the old link stops working, the new one works.
        var first = await SendLinkAsync(adminA, a, ours.Application, ours.HalfYear2026);
        var second = await SendLinkAsync(adminA, a, ours.Application, ours.HalfYear2026);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await onA.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync(second)).StatusCode);
    }

    [Fact]
    public async Task Reminders_go_once_before_the_due_date_and_once_the_day_after_it_each_with_a_fresh_link()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var g = await GrantExample.SeedAsync(_platform, tenant, signedOn: new DateOnly(2026, 3, 1));
        Task<int> RunAsync() => _platform.InTenantAsync(tenant, s => s.GetRequiredService<ReportReminders>().SendAsync(CancellationToken.None));
        List<string> Reminders(IEnumerable<Platform.Infrastructure.Email.OutboxMessage> outbox) =>
            [.. outbox.Where(m => m.CorrelationKey.StartsWith("redovisning-paminnelse:", StringComparison.Ordinal)).Select(m => m.CorrelationKey)];

        // 2026-11-23: the half-year report is due 2026-12-07, 14 days on (the setting).
        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
        var outbox = await _platform.OutboxAsync(tenant);
        Assert.Equal([$"redovisning-paminnelse:{g.HalfYear2026:N}:BeforeDue"], Reminders(outbox));
        var reminder = outbox.Single(m => m.CorrelationKey.EndsWith(":BeforeDue", StringComparison.Ordinal));
        Assert.Contains("ska vara inne 2026-12-07", reminder.Subject, StringComparison.Ordinal);
        var link = (await _platform.LinkInOutboxAsync(tenant, "Påminnelse")).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await _platform.ClientFor(PlatformFactory.HostOf(tenant)).GetAsync(link)).StatusCode);

        _platform.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero)); // the due date: not overdue yet
        Assert.Equal(0, await RunAsync());
        _platform.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 8, 0, 0, TimeSpan.Zero)); // the day after
        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
        _platform.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 20, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunAsync());
        Assert.Equal(2, Reminders(await _platform.OutboxAsync(tenant)).Count);
        Assert.Equal(2, await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().ReportReminders.CountAsync()));
        Assert.Contains("Försenad redovisning", (await _platform.OutboxAsync(tenant)).Last().Subject, StringComparison.Ordinal);

        // The office's start page lists the overdue report and the payment ready to pay.
        var start = WebUtility.HtmlDecode(await (await _platform.SignedInAsync(tenant)).GetStringAsync("/"));
        Assert.Contains("Försenad redovisning: ansökan 1", start, StringComparison.Ordinal);
        Assert.Contains("En utbetalning av beviljade medel är klar att betala", start, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submitted_report_sent_back_gets_a_new_link_with_the_comment()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var g = await GrantExample.SeedAsync(_platform, tenant, signedOn: new DateOnly(2026, 3, 1));
        var admin = await _platform.SignedInAsync(tenant);
        var link = await SendLinkAsync(admin, tenant, g.Application, g.HalfYear2026);
        var recipient = _platform.ClientFor(PlatformFactory.HostOf(tenant));
        using (var submitted = await recipient.PostFormAsync(link, link, ("Report.Women", "1"), ("Report.Men", "1"), ("Report.Text", "Kort.")))
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var page = $"/ansokningar/{g.Application}/redovisningar/{g.HalfYear2026}";
        var (status, text) = await admin.PostPageAsync(page, $"{page}?handler=Return", ("Return.Comment", ""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Ange vad som behöver kompletteras.", text, StringComparison.Ordinal);
        using (var returned = await admin.PostFormAsync(page, $"{page}?handler=Return", ("Return.Comment", "Beskriv kostnaderna för lokalerna.")))
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(ReportState.Returned, (await ReportAsync(tenant, g.HalfYear2026)).State);
        var again = (await _platform.LinkInOutboxAsync(tenant, "kompletteras")).PathAndQuery;
        var form = WebUtility.HtmlDecode(await recipient.GetStringAsync(again));
        Assert.Contains("Beskriv kostnaderna för lokalerna.", form, StringComparison.Ordinal);
        Assert.Contains("Kort.", form, StringComparison.Ordinal); // what was sent before is there to change
    }
}
