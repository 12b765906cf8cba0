using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees;
using Platform.Features.Grants.Model;
using Platform.Features.Grants.Payments;
using Platform.Infrastructure;
using Platform.Persistence;

namespace Platform.Features.Grants;

/// <summary>
/// What the kansli must do about grants, read only, for the start page: reports that are overdue, reports
/// waiting for the office's review, and payments ready to be paid.
/// </summary>
internal sealed class GrantAgenda(TenantDb db, GrantPayments payments, TimeProvider clock)
{
    public async Task<IReadOnlyList<OfficeTask>> ForOfficeAsync(CancellationToken ct)
    {
        var today = SwedishTime.Today(clock);
        var reports = await (from r in db.GrantReports.AsNoTracking()
                             join a in db.FundingApplications.AsNoTracking() on r.ApplicationId equals a.Id
                             where (a.State == ApplicationState.Granted || a.State == ApplicationState.PartlyGranted)
                                   && (((r.State == ReportState.Pending || r.State == ReportState.Returned) && r.DueOn < today) || r.State == ReportState.Submitted)
                             select new { r.Id, r.Kind, r.Year, r.DueOn, r.State, r.SubmittedAt, ApplicationId = a.Id, a.Number, a.Title, a.ApplicantOrganisation })
            .ToListAsync(ct);
        List<OfficeTask> tasks = [.. reports.OrderBy(r => r.DueOn).Select(r => r.State == ReportState.Submitted
            ? new OfficeTask(
                $"Redovisning att granska: ansökan {r.Number}",
                $"{r.Kind.SwedishLabel()} {r.Year} för {r.Title} ({r.ApplicantOrganisation}) kom in {SwedishTime.DateOf(r.SubmittedAt!.Value):yyyy-MM-dd}.",
                $"/ansokningar/{r.ApplicationId}/redovisningar/{r.Id}", r.DueOn, Urgent: false)
            : new OfficeTask(
                $"Försenad redovisning: ansökan {r.Number}",
                $"{r.Kind.SwedishLabel()} {r.Year} för {r.Title} ({r.ApplicantOrganisation}) skulle ha kommit in {r.DueOn:yyyy-MM-dd}.",
                $"/ansokningar/{r.ApplicationId}/redovisningar/{r.Id}", r.DueOn, Urgent: false))];
        var due = await payments.DueAsync(ct);
        if (due.Count > 0)
        {
            tasks.Add(new OfficeTask(
                due.Count == 1 ? "En utbetalning av beviljade medel är klar att betala" : $"{due.Count} utbetalningar av beviljade medel är klara att betala",
                $"Sammanlagt {Money.Kronor(due.Sum(p => p.Amount))} till {string.Join(", ", due.Select(p => p.Applicant).Distinct())}.",
                "/ansokningar/utbetalningar", due.Min(p => p.ConditionMetOn), Urgent: false));
        }
        return tasks;
    }
}
