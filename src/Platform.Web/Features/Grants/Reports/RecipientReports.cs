using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Grants.Model;
using Platform.Features.Grants.Payments;
using Platform.Features.Interventions;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Grants.Reports;

/// <summary>
/// The recipient's report, reached only by the link's secret: a key that is wrong, of another association,
/// or of a report already submitted finds nothing. When the grant's intervention is followed up in the
/// platform, its figures for the period fill the form and cannot be changed there.
/// </summary>
internal sealed class RecipientReports(TenantDb db, TimeProvider clock, AuditLog audit, InterventionFigures figures, GrantReports reports)
{
    public async Task<RecipientForm?> FormAsync(string? key, CancellationToken ct)
    {
        if (await FindAsync(key, ct) is not { } found) return null;
        var (application, report) = found;
        var followUp = application.InterventionId is { } interventionId ? await figures.ForPeriodAsync(interventionId, report.PeriodStart, report.PeriodEnd, ct) : null;
        var saved = new ReportInput
        {
            Women = report.Women?.ToString(CultureInfo.InvariantCulture),
            Men = report.Men?.ToString(CultureInfo.InvariantCulture),
            EndedWomen = report.Ended.ToDictionary(e => e.ReasonCode, e => (string?)e.Women.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal),
            EndedMen = report.Ended.ToDictionary(e => e.ReasonCode, e => (string?)e.Men.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal),
            Costs = report.Costs.ToDictionary(c => c.CostTypeId.ToString(), c => (string?)c.Amount.ToString(CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase),
            Text = report.Text,
        };
        return new RecipientForm(application.Title, application.Number, report.Kind, report.Year, report.PeriodStart, report.PeriodEnd, report.DueOn,
            report.State == ReportState.Returned ? report.ReviewComment : null,
            followUp, await figures.ReasonsAsync(ct), await reports.CostRowsAsync(application.Id, report.Year, ct), saved);
    }

    /// <summary>Submits the report: it is Submitted and the link stops working.</summary>
    public async Task<Outcome<Done>> SubmitAsync(string? key, ReportInput input, CancellationToken ct)
    {
        if (await FindAsync(key, ct) is not { } found) return Outcomes.NotFound("Länken gäller inte längre.");
        var (application, report) = found;
        var followUp = application.InterventionId is { } interventionId ? await figures.ForPeriodAsync(interventionId, report.PeriodStart, report.PeriodEnd, ct) : null;
        var reasons = await figures.ReasonsAsync(ct);
        var costRows = await reports.CostRowsAsync(application.Id, report.Year, ct);

        var errors = new FieldErrors();
        int? women, men;
        List<ReportEnded> ended = [];
        if (followUp is not null)
        {
            // The follow-up's figures, read again now: what the recipient's browser sends for them is not used.
            (women, men) = (followUp.Women, followUp.Men);
            ended = [.. followUp.EndedByReason.Where(e => e.Women + e.Men > 0).Select(e => new ReportEnded { ReportId = report.Id, ReasonCode = e.Code, Women = e.Women, Men = e.Men })];
        }
        else
        {
            women = Kronor.Count(errors, "women", input.Women, "antal kvinnor");
            men = Kronor.Count(errors, "men", input.Men, "antal män");
            foreach (var reason in reasons)
            {
                var w = Kronor.Count(errors, $"endedWomen[{reason.Code}]", input.EndedWomen.GetValueOrDefault(reason.Code), $"antal kvinnor som avslutat ({reason.Name})", required: false) ?? 0;
                var m = Kronor.Count(errors, $"endedMen[{reason.Code}]", input.EndedMen.GetValueOrDefault(reason.Code), $"antal män som avslutat ({reason.Name})", required: false) ?? 0;
                if (w + m > 0) ended.Add(new ReportEnded { ReportId = report.Id, ReasonCode = reason.Code, Women = w, Men = m });
            }
        }
        List<ReportCost> costs = [];
        foreach (var row in costRows)
        {
            var typed = input.Costs.FirstOrDefault(c => string.Equals(c.Key, row.CostTypeId.ToString(), StringComparison.OrdinalIgnoreCase)).Value;
            var amount = Kronor.Read(errors, $"costs[{row.CostTypeId}]", typed, $"kostnaden för {row.Name.ToLowerInvariant()}", required: false);
            if (amount is { } a) costs.Add(new ReportCost { ReportId = report.Id, CostTypeId = row.CostTypeId, Amount = a });
        }
        var text = errors.Text("text", input.Text, "en beskrivning av hur insatsen har gått", 20000, required: true);
        if (errors.Any) return Outcomes.Invalid(errors);

        db.RemoveRange(report.Ended);
        db.RemoveRange(report.Costs);
        await db.SaveChangesAsync(ct);
        report.Women = women;
        report.Men = men;
        report.FiguresFromFollowUp = followUp is not null;
        db.AddRange(ended);
        db.AddRange(costs);
        report.Text = text;
        report.State = ReportState.Submitted;
        report.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        report.AccessKeyHash = null;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantReportChanged, $"Ansökan {application.Number}: {report.Kind.SwedishLabel().ToLowerInvariant()} {report.Year}", "Inskickad av mottagaren.", ct);
        return Outcomes.Done();
    }

    private async Task<(FundingApplication Application, GrantReport Report)?> FindAsync(string? key, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 100) return null;
        var hash = SecretTokens.Hash(key);
        var report = await db.GrantReports.Include(r => r.Costs).Include(r => r.Ended)
            .SingleOrDefaultAsync(r => r.AccessKeyHash == hash && (r.State == ReportState.Pending || r.State == ReportState.Returned), ct);
        if (report is null) return null;
        var application = await db.FundingApplications.SingleOrDefaultAsync(a => a.Id == report.ApplicationId
            && (a.State == ApplicationState.Granted || a.State == ApplicationState.PartlyGranted), ct);
        return application is null ? null : (application, report);
    }
}
