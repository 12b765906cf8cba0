using Microsoft.EntityFrameworkCore;
using Platform.Features.Board;
using Platform.Features.Grants.Model;
using Platform.Features.Grants.Payments;
using Platform.Features.Interventions;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Grants.Reports;

/// <summary>
/// The office's side of the reports of a grant: the list with due dates and states, one report with its
/// figures and costs beside the budget, "Skicka länk" to the recipient, the review ("Granskad"), sending it
/// back with a new link ("Skicka tillbaka"), and recording the board's approval (which makes that year's
/// payment after the report ready).
/// </summary>
internal sealed class GrantReports(TenantDb db, TimeProvider clock, AuditLog audit, ReportLinks links, BoardDecisions decisions, InterventionFigures figures)
{
    public const string NoReport = "Redovisningen finns inte.";

    /// <summary>The reports of an application (not a draft), by year and kind; null when there is no such application.</summary>
    public async Task<List<ReportSummary>?> ListAsync(Guid applicationId, CancellationToken ct)
    {
        if (!await db.FundingApplications.AnyAsync(a => a.Id == applicationId && a.State != ApplicationState.Draft, ct)) return null;
        var reports = await db.GrantReports.AsNoTracking().Include(r => r.Costs).Where(r => r.ApplicationId == applicationId).ToListAsync(ct);
        var paid = await PaidByYearAsync(applicationId, ct);
        return [.. reports.OrderBy(r => r.Year).ThenBy(r => r.Kind).Select(r => Summary(r, paid))];
    }

    public async Task<ReportDetail?> DetailAsync(Guid applicationId, Guid reportId, CancellationToken ct)
    {
        var application = await db.FundingApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.State != ApplicationState.Draft, ct);
        var report = application is null ? null : await db.GrantReports.AsNoTracking().Include(r => r.Costs).Include(r => r.Ended)
            .SingleOrDefaultAsync(r => r.Id == reportId && r.ApplicationId == applicationId, ct);
        if (application is null || report is null) return null;
        var paid = await PaidByYearAsync(applicationId, ct);
        var reasons = (await figures.ReasonsAsync(ct)).ToDictionary(r => r.Code, r => r.Name, StringComparer.Ordinal);
        var ended = report.Ended.Select(e => new ReportDetail.EndedRow(e.ReasonCode, reasons.GetValueOrDefault(e.ReasonCode) ?? e.ReasonCode, e.Women, e.Men))
            .OrderBy(e => reasons.Keys.ToList().IndexOf(e.Code) is var i && i < 0 ? int.MaxValue : i).ToList();
        var costs = (await CostRowsAsync(applicationId, report.Year, ct))
            .Select(c => c with { Reported = report.Costs.FirstOrDefault(x => x.CostTypeId == c.CostTypeId)?.Amount })
            .Where(c => c.Budget != 0 || c.Reported is not null || report.State == ReportState.Pending).ToList();
        var paragraph = report.ApprovalParagraphId is { } pid ? (await decisions.FindAsync(pid, ct))?.Label : null;
        return new ReportDetail(Summary(report, paid), application.Id, application.Number, application.Title, application.ApplicantOrganisation, application.ContactEmail,
            report.Women, report.Men, report.FiguresFromFollowUp, ended, costs, report.Text, report.ReviewedAt, report.ReviewedBy, report.ReviewComment, paragraph,
            paid.GetValueOrDefault(report.Year));
    }

    /// <summary>The cost types of the budget form (active ones, and any the application's budget uses), each with the year's budget.</summary>
    public async Task<List<ReportDetail.CostRow>> CostRowsAsync(Guid applicationId, int year, CancellationToken ct)
    {
        var lines = await db.BudgetLines.AsNoTracking().Include(l => l.Amounts).Where(l => l.ApplicationId == applicationId).ToListAsync(ct);
        var used = lines.Select(l => l.CostTypeId).ToHashSet();
        var types = await db.CostTypes.AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(ct);
        return [.. types.Where(t => t.Active || used.Contains(t.Id)).Select(t =>
        {
            var line = lines.FirstOrDefault(l => l.CostTypeId == t.Id);
            var name = line?.Specification is { Length: > 0 } spec ? $"{t.Name} ({spec})" : t.Name;
            return new ReportDetail.CostRow(t.Id, name, line?.Amounts.Where(a => a.Year == year).Sum(a => a.Amount) ?? 0, null);
        })];
    }

    /// <summary>Emails the recipient a new link to the form (Skicka länk): only while the report is not in (pending or sent back).</summary>
    public async Task<Outcome<ReportSummary>> SendLinkAsync(Guid applicationId, Guid reportId, CancellationToken ct)
    {
        if (await FindAsync(applicationId, reportId, ct) is not { } found) return Outcomes.NotFound(NoReport);
        var (application, report) = found;
        if (report.State is not (ReportState.Pending or ReportState.Returned)) return Outcomes.Conflict("Redovisningen är redan inskickad. En ny länk skickas när den skickas tillbaka för komplettering.");
        if (application.State is not (ApplicationState.Granted or ApplicationState.PartlyGranted)) return Outcomes.Conflict("Ansökan är inte beviljad.");
        await links.SendAsync(report, application, ReportLinks.Occasion.Sent, $"redovisning-lank:{report.Id:N}:{Guid.CreateVersion7(clock.GetUtcNow()):N}", ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantReportChanged, Subject(application, report), $"Länk till redovisningen skickad till {application.ContactEmail}.", ct);
        return Outcomes.Ok(Summary(report, await PaidByYearAsync(applicationId, ct)));
    }

    /// <summary>The office has read a submitted report (Granskad), with an optional comment: the board may approve it.</summary>
    public async Task<Outcome<ReportSummary>> ReviewAsync(Guid applicationId, Guid reportId, ReviewInput input, string actor, CancellationToken ct)
    {
        if (await FindAsync(applicationId, reportId, ct) is not { } found) return Outcomes.NotFound(NoReport);
        var (application, report) = found;
        if (report.State != ReportState.Submitted) return Outcomes.Conflict("Bara en inskickad redovisning kan granskas.");
        var errors = new FieldErrors();
        var comment = errors.Text("comment", input.Comment, "kommentaren", 4000);
        if (errors.Any) return Outcomes.Invalid(errors);
        report.State = ReportState.Reviewed;
        report.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        report.ReviewedBy = actor;
        report.ReviewComment = comment;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantReportChanged, Subject(application, report), "Granskad av kansliet.", ct);
        return Outcomes.Ok(Summary(report, await PaidByYearAsync(applicationId, ct)));
    }

    /// <summary>Sends a submitted (or reviewed) report back to the recipient with a comment and a new link (Skicka tillbaka).</summary>
    public async Task<Outcome<ReportSummary>> ReturnAsync(Guid applicationId, Guid reportId, ReviewInput input, string actor, CancellationToken ct)
    {
        if (await FindAsync(applicationId, reportId, ct) is not { } found) return Outcomes.NotFound(NoReport);
        var (application, report) = found;
        if (report.State is not (ReportState.Submitted or ReportState.Reviewed)) return Outcomes.Conflict("Bara en inskickad redovisning som inte är godkänd kan skickas tillbaka.");
        var errors = new FieldErrors();
        var comment = errors.Text("comment", input.Comment, "vad som behöver kompletteras", 4000, required: true);
        if (errors.Any) return Outcomes.Invalid(errors);
        report.State = ReportState.Returned;
        report.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        report.ReviewedBy = actor;
        report.ReviewComment = comment;
        await links.SendAsync(report, application, ReportLinks.Occasion.Returned, $"redovisning-retur:{report.Id:N}:{Guid.CreateVersion7(clock.GetUtcNow()):N}", ct);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantReportChanged, Subject(application, report), "Skickad tillbaka för komplettering.", ct);
        return Outcomes.Ok(Summary(report, await PaidByYearAsync(applicationId, ct)));
    }

    /// <summary>Records the board's approval (day, optionally the paragraph): an approved annual report makes that year's payment after the report ready.</summary>
    public async Task<Outcome<ReportSummary>> ApproveAsync(Guid applicationId, Guid reportId, ApprovalInput input, CancellationToken ct)
    {
        if (await FindAsync(applicationId, reportId, ct) is not { } found) return Outcomes.NotFound(NoReport);
        var (application, report) = found;
        if (report.State != ReportState.Reviewed) return Outcomes.Conflict("Styrelsen kan godkänna redovisningen först när kansliet har granskat den.");
        var errors = new FieldErrors();
        var approvedOn = errors.Date("approvedOn", input.ApprovedOn, "dagen då styrelsen godkände redovisningen");
        if (approvedOn > SwedishTime.Today(clock)) errors.Add("approvedOn", "Dagen kan inte vara senare än i dag.");
        var paragraphId = errors.Id("paragraphId", input.ParagraphId, "paragraf", required: false);
        if (paragraphId is { } pid && await decisions.FindAsync(pid, ct) is null) errors.Add("paragraphId", "Välj en paragraf i listan.");
        if (errors.Any) return Outcomes.Invalid(errors);
        report.State = ReportState.Approved;
        report.ApprovedOn = approvedOn;
        report.ApprovalParagraphId = paragraphId;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantReportChanged, Subject(application, report), $"Godkänd av styrelsen {approvedOn:yyyy-MM-dd}.", ct);
        return Outcomes.Ok(Summary(report, await PaidByYearAsync(applicationId, ct)));
    }

    /// <summary>The board's paragraphs to choose the approval from.</summary>
    public Task<List<BoardDecision>> ParagraphsAsync(CancellationToken ct) => decisions.ListAsync(ct);

    private async Task<(FundingApplication Application, GrantReport Report)?> FindAsync(Guid applicationId, Guid reportId, CancellationToken ct)
    {
        var application = await db.FundingApplications.SingleOrDefaultAsync(a => a.Id == applicationId && a.State != ApplicationState.Draft, ct);
        var report = application is null ? null : await db.GrantReports.Include(r => r.Costs).SingleOrDefaultAsync(r => r.Id == reportId && r.ApplicationId == applicationId, ct);
        return application is null || report is null ? null : (application, report);
    }

    private async Task<Dictionary<int, long>> PaidByYearAsync(Guid applicationId, CancellationToken ct) =>
        (await db.GrantPayments.AsNoTracking().Where(p => p.ApplicationId == applicationId && p.PaidOn != null).Select(p => new { p.Year, p.Amount }).ToListAsync(ct))
            .GroupBy(p => p.Year).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));

    private ReportSummary Summary(GrantReport r, IReadOnlyDictionary<int, long> paidByYear) => new(
        r.Id, r.Year, r.Kind, r.PeriodStart, r.PeriodEnd, r.DueOn, r.State,
        Overdue: r.State is ReportState.Pending or ReportState.Returned && r.DueOn < SwedishTime.Today(clock),
        r.SubmittedAt, r.ApprovedOn,
        ToRepay: r.Kind == ReportKind.Annual && r.State == ReportState.Approved ? PaymentRules.ToRepay(paidByYear.GetValueOrDefault(r.Year), r.Costs.Sum(c => c.Amount)) : null);

    private static string Subject(FundingApplication application, GrantReport report) =>
        $"Ansökan {application.Number}: {report.Kind.SwedishLabel().ToLowerInvariant()} {report.Year}";
}
