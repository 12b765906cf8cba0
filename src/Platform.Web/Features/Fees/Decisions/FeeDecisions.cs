using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Settings;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Fees.Decisions;

/// <summary>Fee decisions per year: validated, split by <see cref="FeeCalculator"/>, saved with their allocation.</summary>
internal sealed class FeeDecisions(TenantDb db, FeeSettingsStore settings, TimeProvider clock, AuditLog audit)
{
    public static readonly IReadOnlyDictionary<SplitRule, string> SplitRules = new Dictionary<SplitRule, string>
    {
        [SplitRule.Population] = "efter befolkning",
        [SplitRule.Fixed] = "med fasta procentsatser",
    };

    public async Task<FeeDecision?> GetAsync(int year, CancellationToken ct) =>
        await db.FeeDecisions.AsNoTracking().Include(d => d.Shares).SingleOrDefaultAsync(d => d.Year == year, ct);

    public async Task<List<int>> YearsAsync(CancellationToken ct) =>
        await db.FeeDecisions.OrderByDescending(d => d.Year).Select(d => d.Year).ToListAsync(ct);

    public static FeeDecisionView View(FeeDecision decision)
    {
        // The saved amounts are what counts; the exact shares are recomputed to show the rounding. A
        // decision that no longer satisfies the split (written by hand, or by an older version) shows its amounts as they are.
        Dictionary<Guid, decimal> exact;
        try
        {
            exact = FeeCalculator.Allocate(decision.Total, Parties(decision.Shares)).ToDictionary(a => a.Party.MemberId, a => a.ExactShare);
        }
        catch (ArgumentException)
        {
            exact = decision.Shares.ToDictionary(s => s.MemberId, s => (decimal)s.Amount);
        }
        return new(decision.Year, decision.Total, decision.MunicipalitySplit.ToString(), decision.RegionSplit.ToString(), decision.PopulationDate,
            decision.JoinLeaveRule.ToString(), decision.DecidedOn, decision.Reference,
            decision.Shares.InDecisionOrder(s => s.Kind, s => s.Member)
                .Select(s => new FeeAllocationView(s.MemberId, s.Member, s.Kind.ToString(), s.Amount, exact.GetValueOrDefault(s.MemberId, s.Amount), s.Weight, s.Months)).ToList());
    }

    private static List<FeeParty> Parties(IEnumerable<FeeShare> shares) =>
        shares.Select(s => new FeeParty(s.MemberId, s.Member, s.Kind, s.Weight, s.Months)).ToList();

    /// <summary>The members that take part in <paramref name="year"/>'s split, in the order they are shown.</summary>
    public async Task<List<Member>> MembersAsync(int year, CancellationToken ct) =>
        (await db.Members.AsNoTracking().ToListAsync(ct))
            .Where(m => FeeCalculator.GroupShare(m.Kind) is not null && m.IsMemberDuring(year))
            .InDecisionOrder(m => m.Kind, m => m.Name)
            .ToList();

    /// <summary>The decision <paramref name="input"/> describes, computed but not saved (for a preview), or its field errors.</summary>
    public async Task<Outcome<FeeDecision>> PrepareAsync(int year, FeeDecisionInput input, string actor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (year is < 2000 or > 2100) errors.Add("year", "Ange ett år mellan 2000 och 2100.");
        if (input.Total is not (>= 1 and <= 1_000_000_000)) errors.Add("total", "Ange totalbeloppet i hela kronor, högst 1 000 000 000.");
        var municipalitySplit = errors.Enum("municipalitySplit", input.MunicipalitySplit, SplitRules);
        var regionSplit = errors.Enum("regionSplit", input.RegionSplit, SplitRules);
        var populationDate = errors.Date("populationDate", input.PopulationDate, "datum för befolkningstalen", required: false);
        var decidedOn = errors.Date("decidedOn", input.DecidedOn, "beslutsdatum", required: false);
        var reference = errors.Text("reference", input.Reference, "beslutsreferens", 200);
        if (errors.Any) return Outcomes.Invalid(errors);

        var rule = (await settings.GetAsync(ct)).JoinLeaveRule;
        var members = await MembersAsync(year, ct);
        var decision = new FeeDecision
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Year = year,
            Total = input.Total!.Value,
            MunicipalitySplit = municipalitySplit,
            RegionSplit = regionSplit,
            PopulationDate = populationDate,
            JoinLeaveRule = rule,
            DecidedOn = decidedOn,
            Reference = reference,
            SavedAt = clock.GetUtcNow().UtcDateTime,
            SavedBy = actor,
        };

        foreach (var member in members)
        {
            var months = FeeCalculator.CountedMonths(member, year, rule);
            var weightInput = input.Weights.FirstOrDefault(w => w.MemberId == member.Id);
            var split = member.Kind switch { MemberKind.Region => regionSplit, MemberKind.Municipality => municipalitySplit, _ => (SplitRule?)null };
            long weight = 1;
            if (split == SplitRule.Fixed)
            {
                if (weightInput?.Percent is not { } percent || percent is < 0 or > 100 || decimal.Round(percent, 2) != percent)
                {
                    errors.Add($"weights[{member.Id}].percent", $"Ange {member.Name}s andel i procent, 0–100 med högst två decimaler.");
                    continue;
                }
                weight = (long)(percent * 100);
            }
            else if (split == SplitRule.Population)
            {
                var population = weightInput?.Population ?? member.Population;
                if (population is not (> 0 and <= 20_000_000))
                {
                    errors.Add($"weights[{member.Id}].population", $"Ange antal invånare för {member.Name}.");
                    continue;
                }
                weight = population.Value;
            }
            decision.Shares.Add(new FeeShare
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                DecisionId = decision.Id,
                MemberId = member.Id,
                Member = member.Name,
                Kind = member.Kind,
                Weight = weight,
                MonthMask = months.Aggregate(0, (mask, month) => mask | 1 << (month - 1)),
            });
        }
        if (input.Weights.Any(w => members.All(m => m.Id != w.MemberId)))
            errors.Add("weights", "En andel gäller en medlem som inte är medlem under året.");
        if (errors.Any) return Outcomes.Invalid(errors);

        foreach (var (kind, field, split) in new[] { (MemberKind.Region, "regionSplit", regionSplit), (MemberKind.Municipality, "municipalitySplit", municipalitySplit) })
        {
            var group = decision.Shares.Where(s => s.Kind == kind).ToList();
            var label = kind == MemberKind.Region ? "regionerna" : "kommunerna";
            if (group.Count == 0) errors.Add(field, $"Ingen av {label} är medlem under {year}: lägg in dem i medlemsregistret först.");
            else if (split == SplitRule.Fixed && group.Sum(s => s.Weight) != 100_00)
                errors.Add(field, $"Procentsatserna för {label} blir tillsammans {(group.Sum(s => s.Weight) / 100m).ToString("0.##", Infrastructure.SwedishTime.Culture)} %; de ska bli 100 %.");
            else if (group.All(s => s.Weight * s.Months == 0)) errors.Add(field, $"Ingen av {label} är medlem någon hel månad under {year}.");
        }
        if (!decision.Shares.Any(s => s.Kind == MemberKind.Government && s.Months > 0))
            errors.Add("total", $"Försäkringskassan är inte medlem under {year} enligt medlemsregistret: den betalar statens hälft.");
        else if (decision.Shares.Count(s => s.Kind == MemberKind.Government) > 1)
            errors.Add("total", "Det finns flera medlemmar av typen Försäkringskassan i medlemsregistret; statens hälft betalas av en.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var allocations = FeeCalculator.Allocate(decision.Total, Parties(decision.Shares));
        foreach (var allocation in allocations)
            decision.Shares.Single(s => s.MemberId == allocation.Party.MemberId).Amount = allocation.Amount;
        decision.Shares = [.. allocations.Select(a => decision.Shares.Single(s => s.MemberId == a.Party.MemberId))];
        return Outcomes.Ok(decision);
    }

    /// <summary>Saves the year's decision, replacing an earlier one, unless invoices for the year stand uncredited.</summary>
    public async Task<Outcome<FeeDecision>> SaveAsync(int year, FeeDecisionInput input, string actor, CancellationToken ct)
    {
        var prepared = await PrepareAsync(year, input, actor, ct);
        if (!prepared.Succeeded) return prepared;
        if (await InvoiceIssuer.OpenInvoices(db, year).AnyAsync(ct))
            return Outcomes.Conflict($"Det finns fakturor för {year} som inte är krediterade. Kreditera dem innan beslutet ändras, så att fakturorna och beslutet stämmer med varandra.");

        var earlier = await db.FeeDecisions.SingleOrDefaultAsync(d => d.Year == year, ct);
        if (earlier is not null) db.FeeDecisions.Remove(earlier);
        var decision = prepared.Value!;
        db.FeeDecisions.Add(decision);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.FeeDecisionChanged, $"Avgiftsbeslut {year}",
            $"{(earlier is null ? "Nytt beslut" : "Ändrat beslut")}: totalt {Money.Kronor(decision.Total)} på {decision.Shares.Count} medlemmar{(decision.Reference is { } r ? $" ({r})" : "")}.", ct);
        return prepared;
    }
}
