using Microsoft.EntityFrameworkCore;
using Platform.Features.Grants.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Persistence;

namespace Platform.Features.Grants.Reports;

/// <summary>
/// Reminds recipients of reports not submitted: once the set number of days before the due date (BeforeDue),
/// and once from the day after it (Overdue), each with a fresh link. Each step at most once per report: the
/// <see cref="ReportReminder"/> row and its email are saved in one transaction, under a unique key.
/// </summary>
internal sealed class ReportReminders(TenantDb db, ReportLinks links, TimeProvider clock, OutboxDispatch dispatch, ILogger<ReportReminders> logger)
{
    public async Task<int> SendAsync(CancellationToken ct)
    {
        var settings = await db.GrantSettings.AsNoTracking().SingleOrDefaultAsync(ct) ?? new GrantSettings();
        var today = SwedishTime.Today(clock);
        var horizon = today.AddDays(settings.ReminderDaysBefore);
        var candidates = await (from r in db.GrantReports
                                join a in db.FundingApplications on r.ApplicationId equals a.Id
                                where (r.State == ReportState.Pending || r.State == ReportState.Returned) && r.DueOn <= horizon
                                      && (a.State == ApplicationState.Granted || a.State == ApplicationState.PartlyGranted)
                                select r.Id).ToListAsync(ct);
        var sent = 0;
        foreach (var id in candidates)
        {
            if (await RemindAsync(id, today, ct)) sent++;
        }
        if (sent > 0) dispatch.Now();
        return sent;
    }

    private async Task<bool> RemindAsync(Guid reportId, DateOnly today, CancellationToken ct)
    {
        var report = await db.GrantReports.SingleAsync(r => r.Id == reportId, ct);
        var application = await db.FundingApplications.AsNoTracking().SingleAsync(a => a.Id == report.ApplicationId, ct);
        // Before the due date (up to the day itself) the first step; from the day after, the second.
        var step = today > report.DueOn ? ReminderStep.Overdue : ReminderStep.BeforeDue;
        if (await db.ReportReminders.AnyAsync(x => x.ReportId == reportId && x.Step == step, ct))
        {
            db.ChangeTracker.Clear();
            return false;
        }
        db.ReportReminders.Add(new ReportReminder { ReportId = reportId, Step = step, SentAt = clock.GetUtcNow().UtcDateTime });
        await links.SendAsync(report, application, step == ReminderStep.Overdue ? ReportLinks.Occasion.Overdue : ReportLinks.Occasion.BeforeDue,
            $"redovisning-paminnelse:{reportId:N}:{step}", ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex)
        {
            logger.LogInformation(ex, "The {Step} reminder of report {Report} was sent by a concurrent run", step, reportId);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
