using Microsoft.EntityFrameworkCore;
using Platform.Features.Board;
using Platform.Features.Fees;
using Platform.Features.Grants.Model;
using Platform.Features.Grants.Office;
using Platform.Features.Interventions;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Grants.Decision;

/// <summary>
/// Records the board's decision on an application: the paragraph, the amount per year, the conditions and
/// the day; for a grant also the default payment plan, the reports with their due dates and the intervention
/// in the register (linked both ways). Refused input writes nothing.
/// </summary>
internal sealed class GrantDecisions(TenantDb db, TimeProvider clock, BoardDecisions paragraphs, BoardCases board, GrantedInterventions interventions, ApplicationHistory history)
{
    public static readonly IReadOnlyDictionary<DecisionOutcome, string> Choices = new Dictionary<DecisionOutcome, string>
    {
        [DecisionOutcome.Grant] = "Bevilja",
        [DecisionOutcome.Reject] = "Avslå",
    };

    /// <summary>The paragraphs to choose from, and the one drafted from the application's agenda item (the default).</summary>
    public async Task<(List<BoardDecision> Paragraphs, Guid? Drafted)> ParagraphsAsync(FundingApplication a, CancellationToken ct) =>
        (await paragraphs.ListAsync(ct), a.AgendaItemId is { } item ? (await board.ParagraphOfAsync(item, ct))?.Id : null);

    public async Task<Outcome<FundingApplication>> DecideAsync(Guid id, DecisionInput input, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        if (a.State is not (ApplicationState.ToBoard or ApplicationState.InPreparation or ApplicationState.Submitted))
            return Outcomes.Conflict($"Ansökan är {a.State.SwedishLabel().ToLowerInvariant()}; beslut registreras för en ansökan som inte redan är avgjord eller återtagen.");

        var errors = new FieldErrors();
        var paragraphId = errors.Id("paragraphId", input.ParagraphId, "paragraf i protokollet");
        var paragraph = paragraphId is { } p ? await paragraphs.FindAsync(p, ct) : null;
        if (paragraphId is not null && paragraph is null) errors.Add("paragraphId", "Välj paragrafen i styrelsens protokoll där beslutet står.");
        var outcome = DecisionOutcome.Grant;
        if (string.IsNullOrWhiteSpace(input.Outcome)) errors.Add("outcome", "Välj om styrelsen beviljade eller avslog ansökan.");
        else outcome = errors.Enum("outcome", input.Outcome, Choices);
        var conditions = errors.Text("conditions", input.Conditions, "villkor", 4000);
        var decidedOn = errors.Date("decidedOn", input.DecidedOn, "beslutsdag");

        var budget = await (from l in db.BudgetLines.AsNoTracking()
                            where l.ApplicationId == id
                            join x in db.BudgetAmounts.AsNoTracking() on l.Id equals x.LineId
                            select new { x.Year, x.Amount }).ToListAsync(ct);
        var applied = budget.GroupBy(b => b.Year).ToDictionary(g => g.Key, g => g.Sum(b => b.Amount));
        var years = ApplicationReader.YearsOf(a, applied.Keys);
        var granted = new SortedDictionary<int, long>();
        if (outcome == DecisionOutcome.Grant && !errors.Any)
        {
            var rows = input.Years ?? [];
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                if (row.Year is not { } year) { errors.Add($"years[{i}].year", "Ange året."); continue; }
                if (!years.Contains(year))
                {
                    errors.Add($"years[{i}].year", years.Count == 0 ? "Ansökan har ingen period, så inget år kan beviljas." : $"{year} ligger utanför ansökans period ({years[0]}–{years[^1]}).");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(row.Amount)) continue;
                if (KronorText.Parse(row.Amount) is not { } amount) { errors.Add($"years[{i}].amount", $"Ange beloppet för {year} i hela kronor, till exempel 247 500."); continue; }
                var limit = applied.GetValueOrDefault(year);
                if (amount > limit) { errors.Add($"years[{i}].amount", $"Beloppet för {year} är större än det sökta ({Money.Kronor(limit)}). Styrelsen kan bevilja högst det sökta beloppet."); continue; }
                if (granted.ContainsKey(year)) { errors.Add($"years[{i}].year", $"{year} finns redan med. Ange varje år en gång."); continue; }
                granted[year] = amount;
            }
            if (!errors.Any && granted.Values.Sum() == 0) errors.Add("years", "Ange beviljat belopp för minst ett år. Avslå ansökan om inga medel beviljas.");
        }
        if (errors.Any) return Outcomes.Invalid(errors);

        a.DecisionParagraphId = paragraph!.Id;
        a.DecidedOn = decidedOn;
        a.Conditions = conditions;
        a.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (outcome == DecisionOutcome.Reject)
        {
            a.State = ApplicationState.Rejected;
            history.Add(a, $"Styrelsen avslog ansökan ({paragraph.Label}).", a.State);
        }
        else
        {
            var whole = years.All(y => granted.GetValueOrDefault(y) == applied.GetValueOrDefault(y));
            a.State = whole ? ApplicationState.Granted : ApplicationState.PartlyGranted;
            await GrantAsync(a, granted, decidedOn!.Value, ct);
            history.Add(a, $"Styrelsen {(whole ? "beviljade" : "beviljade delvis")} ansökan ({paragraph.Label}): {string.Join(", ", granted.Select(g => $"{Money.Kronor(g.Value)} för {g.Key}"))}.", a.State);
        }
        await db.SaveChangesAsync(ct);
        await history.AuditAsync(AuditEvents.GrantDecisionChanged, a, $"{a.State.SwedishLabel()} {decidedOn:yyyy-MM-dd}, {paragraph.Label}{(granted.Count > 0 ? $": {string.Join(", ", granted.Select(g => $"{g.Key} {g.Value} kr"))}" : "")}", ct);
        return Outcomes.Ok(a);
    }

    private async Task GrantAsync(FundingApplication a, SortedDictionary<int, long> granted, DateOnly decidedOn, CancellationToken ct)
    {
        foreach (var (year, amount) in granted) db.GrantYears.Add(new GrantYear { ApplicationId = a.Id, Year = year, Amount = amount });
        foreach (var (year, order, amount, condition, notBefore) in PaymentSchedule.Default(granted.Select(g => (g.Key, g.Value)), decidedOn))
            db.GrantPayments.Add(new GrantPayment { Id = Guid.CreateVersion7(clock.GetUtcNow()), ApplicationId = a.Id, Year = year, Order = order, Amount = amount, Condition = condition, NotBefore = notBefore });

        var settings = await SettingsAsync(ct);
        var start = a.PeriodStart ?? new DateOnly(granted.Keys.First(), 1, 1);
        var end = a.PeriodEnd ?? new DateOnly(granted.Keys.Last(), 12, 31);
        foreach (var (year, kind, from, to, due) in ReportSchedule.For(start, end, granted.Keys, settings.ReportDueDays))
            db.GrantReports.Add(new GrantReport { Id = Guid.CreateVersion7(clock.GetUtcNow()), ApplicationId = a.Id, Year = year, Kind = kind, PeriodStart = from, PeriodEnd = to, DueOn = due, State = ReportState.Pending });

        if (a.ApplicantMemberId is { } lead)
        {
            var cooperating = await db.ApplicationParties.AsNoTracking().Where(p => p.ApplicationId == a.Id && p.MemberId != null).Select(p => p.MemberId!.Value).ToListAsync(ct);
            var goals = await db.ApplicationGoals.AsNoTracking().Where(g => g.ApplicationId == a.Id).OrderBy(g => g.Order).Select(g => new { g.Text, g.Indicator }).ToListAsync(ct);
            a.InterventionId = await interventions.AddAsync(new GrantedIntervention(
                a.Title, a.Summary, lead, cooperating, start, end, a.DecisionParagraphId, a.Id, a.Number,
                [.. goals.Select(g => (g.Text, g.Indicator))], granted), ct);
        }
    }

    /// <summary>The association's settings, created with their defaults when missing.</summary>
    internal async Task<GrantSettings> SettingsAsync(CancellationToken ct)
    {
        if (await db.GrantSettings.FirstOrDefaultAsync(s => s.Id == GrantSettings.SingleId, ct) is { } settings) return settings;
        settings = new GrantSettings();
        db.GrantSettings.Add(settings);
        return settings;
    }

    /// <summary>
    /// How many days after its period a report is due (the association's setting); the application's reports
    /// not yet submitted get their due dates again.
    /// </summary>
    public async Task<Outcome<GrantSettings>> SaveReportDueDaysAsync(Guid id, string? days, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        if (!int.TryParse(days, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value is < 1 or > 365)
            return Outcomes.Invalid("days", "Ange antalet dagar som ett heltal från 1 till 365.");
        var settings = await SettingsAsync(ct);
        settings.ReportDueDays = value;
        await db.GrantReports.Where(r => r.ApplicationId == id && r.State == ReportState.Pending).ForEachAsync(r => r.DueOn = r.PeriodEnd.AddDays(value), ct);
        history.Add(a, $"Redovisningarna ska lämnas {value} dagar efter periodens slut.");
        await db.SaveChangesAsync(ct);
        await history.AuditAsync(AuditEvents.GrantDecisionChanged, a, $"Redovisning {value} dagar efter periodens slut", ct);
        return Outcomes.Ok(settings);
    }

}
