using Microsoft.EntityFrameworkCore;
using Platform.Features.Budgets.Model;
using Platform.Persistence;

namespace Platform.Features.Budgets.Outcome;

/// <summary>
/// THE outcome arithmetic, read at the time it is asked for (so a corrected mapping re-reads every import): for a year,
/// the newest import of each fiscal year counts; each mapped account's öre go to its line, income lines with the sign
/// turned (income is negative in the books), cost lines as they are; each line's month is rounded to whole kronor at
/// the end; a month entered by hand replaces the import's figure for that line.
/// </summary>
internal sealed class OutcomeLedger(TenantDb db)
{
    /// <summary>The imports that count: the newest of each fiscal year, newest first.</summary>
    public async Task<List<SieImport>> CountingImportsAsync(CancellationToken ct) =>
        [.. (await db.SieImports.AsNoTracking().ToListAsync(ct))
            .GroupBy(i => i.FiscalYearStart).Select(g => g.MaxBy(i => i.ImportedAt)!)
            .OrderByDescending(i => i.FiscalYearStart)];

    public async Task<YearOutcome> ForYearAsync(int year, CancellationToken ct)
    {
        var imports = (await CountingImportsAsync(ct)).Where(i => i.FiscalYearStart.Year <= year && i.FiscalYearEnd.Year >= year).ToList();
        var ids = imports.Select(i => i.Id).ToList();
        var amounts = await db.SieAmounts.AsNoTracking().Where(a => ids.Contains(a.ImportId) && a.Year == year).ToListAsync(ct);
        var mappings = await db.AccountMappings.AsNoTracking().ToDictionaryAsync(m => m.Account, m => m.ItemId, ct);
        var items = await db.BudgetItems.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Group.IsIncome(), ct);
        var entries = await db.OutcomeEntries.AsNoTracking().Where(e => e.Year == year).ToListAsync(ct);
        return Compute(year, amounts, mappings, items, entries, imports);
    }

    /// <summary>The computation itself, without the database.</summary>
    public static YearOutcome Compute(int year, IEnumerable<SieAmount> amounts, IReadOnlyDictionary<string, Guid> mappings,
        IReadOnlyDictionary<Guid, bool> isIncome, IEnumerable<OutcomeEntry> entries, IReadOnlyList<SieImport> imports)
    {
        var ore = new Dictionary<Guid, long[]>();
        var unmapped = new Dictionary<string, (string Name, long Ore)>(StringComparer.Ordinal);
        foreach (var a in amounts.Where(a => a.Year == year && a.Month is >= 1 and <= 12))
        {
            if (mappings.TryGetValue(a.Account, out var item) && isIncome.TryGetValue(item, out var income))
            {
                if (!ore.TryGetValue(item, out var months)) ore[item] = months = new long[12];
                months[a.Month - 1] += income ? -a.AmountOre : a.AmountOre;
            }
            else
            {
                var seen = unmapped.GetValueOrDefault(a.Account, (a.AccountName, 0));
                unmapped[a.Account] = (seen.Item1, seen.Item2 + a.AmountOre);
            }
        }
        var lines = ore.ToDictionary(x => x.Key, x => x.Value.Select(Kronor).ToArray());
        var byHand = new HashSet<(Guid, int)>();
        foreach (var e in entries.Where(e => e.Year == year && e.Month is >= 1 and <= 12))
        {
            if (!lines.TryGetValue(e.ItemId, out var months)) lines[e.ItemId] = months = new long[12];
            months[e.Month - 1] = e.Amount;
            byHand.Add((e.ItemId, e.Month));
        }
        return new YearOutcome(year, lines, byHand,
            [.. unmapped.Where(u => u.Value.Ore != 0).OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => new UnmappedAccount(u.Key, u.Value.Name, Kronor(u.Value.Ore)))],
            imports);
    }

    /// <summary>Öre to whole kronor, half away from zero.</summary>
    public static long Kronor(long ore) => (long)Math.Round(ore / 100m, MidpointRounding.AwayFromZero);
}
