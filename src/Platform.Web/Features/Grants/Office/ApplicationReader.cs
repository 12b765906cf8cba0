using Microsoft.EntityFrameworkCore;
using Platform.Features.Grants.Model;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Features.Grants.Office;

/// <summary>Reads applications for the office: the list (drafts only when asked for) and one application with everything about it.</summary>
internal sealed class ApplicationReader(TenantDb db)
{
    public async Task<List<ApplicationSummary>> ListAsync(ApplicationState? state, CancellationToken ct)
    {
        var query = db.FundingApplications.AsNoTracking();
        query = state is { } only ? query.Where(a => a.State == only) : query.Where(a => a.State != ApplicationState.Draft);
        var rows = await query.OrderByDescending(a => a.Number).Select(a => new { a.Id, a.Number, a.Title, a.ApplicantOrganisation, a.State, a.SubmittedAt }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var applied = (await (from l in db.BudgetLines.AsNoTracking()
                              where ids.Contains(l.ApplicationId)
                              join x in db.BudgetAmounts.AsNoTracking() on l.Id equals x.LineId
                              select new { l.ApplicationId, x.Amount }).ToListAsync(ct))
            .GroupBy(r => r.ApplicationId).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
        return [.. rows.Select(r => new ApplicationSummary(r.Id, r.Number, r.Title, r.ApplicantOrganisation, applied.GetValueOrDefault(r.Id), r.State, r.SubmittedAt))];
    }

    public Task<bool> ExistsAsync(Guid id, CancellationToken ct) => db.FundingApplications.AnyAsync(a => a.Id == id, ct);

    public async Task<ApplicationFile?> FileAsync(Guid id, CancellationToken ct)
    {
        var a = await db.FundingApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var parties = await db.ApplicationParties.AsNoTracking().Where(p => p.ApplicationId == id).OrderBy(p => p.Order).ToListAsync(ct);
        var sections = await (from s in db.TemplateSections.AsNoTracking()
                              join x in db.SectionAnswers.AsNoTracking().Where(x => x.ApplicationId == id) on s.Id equals x.SectionId
                              orderby s.Order
                              select new ApplicationFile.Section(s.Key, s.Title, x.Text)).ToListAsync(ct);
        var costTypes = await db.CostTypes.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var lines = await db.BudgetLines.AsNoTracking().Include(l => l.Amounts).Where(l => l.ApplicationId == id).ToListAsync(ct);
        var budget = lines.OrderBy(l => costTypes.TryGetValue(l.CostTypeId, out var c) ? c.Order : int.MaxValue)
            .Select(l => new ApplicationFile.BudgetRow(costTypes.TryGetValue(l.CostTypeId, out var c) ? c.Name : "Kostnad", l.Specification,
                l.Amounts.GroupBy(x => x.Year).ToDictionary(g => g.Key, g => g.Sum(x => x.Amount)))).ToList();
        var years = YearsOf(a, lines.SelectMany(l => l.Amounts).Select(x => x.Year));
        return new ApplicationFile(
            a,
            a.ApplicantMemberId is { } m ? members.GetValueOrDefault(m) : null,
            [.. parties.Select(p => new ApplicationFile.Party(p, p.MemberId is { } pm ? members.GetValueOrDefault(pm) : null))],
            sections,
            await db.ApplicationGoals.AsNoTracking().Where(g => g.ApplicationId == id).OrderBy(g => g.Order).ToListAsync(ct),
            budget,
            years,
            await db.ApplicationAttachments.AsNoTracking().Where(x => x.ApplicationId == id).OrderBy(x => x.UploadedAt).ToListAsync(ct),
            await db.ApplicationVersions.AsNoTracking().Where(x => x.ApplicationId == id).OrderBy(x => x.Number).ToListAsync(ct),
            await db.ApplicationEvents.AsNoTracking().Where(x => x.ApplicationId == id).OrderBy(x => x.At).ToListAsync(ct),
            await db.SupplementRequests.AsNoTracking().Where(x => x.ApplicationId == id).OrderBy(x => x.RequestedAt).ToListAsync(ct),
            await db.Recommendations.AsNoTracking().Where(x => x.ApplicationId == id).OrderBy(x => x.RecordedAt).ToListAsync(ct),
            await db.ConflictsOfInterest.AsNoTracking().Where(x => x.ApplicationId == id).OrderBy(x => x.RecordedAt).ToListAsync(ct),
            await db.GrantYears.AsNoTracking().Where(x => x.ApplicationId == id).OrderBy(x => x.Year).ToListAsync(ct),
            await db.GrantPayments.AsNoTracking().Where(x => x.ApplicationId == id).OrderBy(x => x.Year).ThenBy(x => x.Order).ToListAsync(ct),
            await db.GrantReports.AsNoTracking().Where(x => x.ApplicationId == id).OrderBy(x => x.Year).ThenBy(x => x.PeriodEnd).ToListAsync(ct));
    }

    /// <summary>The years of the period applied for (or of the budget, when no period is given).</summary>
    public static List<int> YearsOf(FundingApplication a, IEnumerable<int> budgetYears) =>
        ApplicationPeriod.Years(a.PeriodStart, a.PeriodEnd) is { Count: > 0 } period ? [.. period] : [.. budgetYears.Distinct().Order()];
}
