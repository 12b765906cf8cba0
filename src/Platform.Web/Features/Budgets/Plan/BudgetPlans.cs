using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Board;
using Platform.Features.Budgets.Model;
using Platform.Features.Budgets.Sheet;
using Platform.Features.Fees;
using Platform.Features.Interventions;
using Platform.Features.Members;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using static Platform.Features.Budgets.Plan.PlanViews;

namespace Platform.Features.Budgets.Plan;

/// <summary>
/// The budget's versions and what the office does with them: create a year (from the year before's plan, with a line
/// for every member and intervention), enter amounts, add and retire lines, adopt (freezing the sources), revise, the
/// offers and settings are <see cref="BudgetOffers"/> and <see cref="PlanSettings"/>. Sums come from <see cref="BudgetSheets"/> only. Every change is audited.
/// </summary>
internal sealed class BudgetPlans(
    TenantDb db, BudgetSheets sheets, FeeContributions fees, InterventionBudgets interventions, BoardDecisions decisions,
    AuditLog audit, TimeProvider clock, IHttpContextAccessor http)
{
    public const string ReserveName = "Nya insatser";

    public static readonly IReadOnlyDictionary<BudgetGroup, string> Groups =
        Enum.GetValues<BudgetGroup>().ToDictionary(g => g, g => g.SwedishLabel());

    private string Actor => http.HttpContext?.User.ActorName() ?? "system";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Every year with a budget, newest first, with its version in force.</summary>
    public async Task<IReadOnlyList<YearItem>> ListAsync(CancellationToken ct)
    {
        var years = await db.Budgets.AsNoTracking().Select(b => b.Year).Distinct().ToListAsync(ct);
        var list = new List<YearItem>();
        foreach (var year in years.OrderDescending())
        {
            if (await sheets.ForYearAsync(year, ct) is not { } sheet) continue;
            list.Add(new YearItem(year, sheet.Budget.Version, sheet.Budget.SwedishLabel(),
                sheet.Income[(int)SheetColumn.Budget] ?? 0, sheet.Costs[(int)SheetColumn.Budget] ?? 0, sheet.Result[(int)SheetColumn.Budget] ?? 0));
        }
        return list;
    }

    /// <summary>Whether the year before <paramref name="year"/> has a budget (else the opening balance is entered).</summary>
    public Task<bool> HasPreviousAsync(int year, CancellationToken ct) => db.Budgets.AnyAsync(b => b.Year == year - 1, ct);

    public async Task<Outcome<VersionItem>> CreateAsync(CreateBudgetInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var year = BudgetAmounts.Read(errors, "year", input.Year);
        if (errors.Any || year is null || !BudgetYears.InRange((int)Math.Clamp(year.Value, int.MinValue, int.MaxValue)))
            return Outcomes.Invalid("year", BudgetYears.OutOfRange);
        var y = (int)year.Value;
        if (await db.Budgets.AnyAsync(b => b.Year == y, ct))
            return Outcomes.Invalid("year", $"Det finns redan en budget för {y}. Öppna den i listan.");
        var previous = BudgetSheets.Current(await db.Budgets.AsNoTracking().Include(b => b.Rows).Where(b => b.Year == y - 1).ToListAsync(ct));
        long? opening = null;
        if (previous is null) opening = BudgetAmounts.Read(errors, "openingBalance", input.OpeningBalance, negativeAllowed: true) ?? 0;
        else if (!string.IsNullOrWhiteSpace(input.OpeningBalance))
            errors.Add("openingBalance", $"Balanserat resultat vid årets början kommer från prognosen för {y - 1}; ange det bara för ett första år.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var items = await db.BudgetItems.ToListAsync(ct);
        var order = items.Count == 0 ? 0 : items.Max(i => i.Order);
        BudgetItem Ensure(BudgetGroup group, string name, Guid? member, Guid? intervention)
        {
            var item = items.FirstOrDefault(i => (member is not null && i.MemberId == member) || (intervention is not null && i.InterventionId == intervention))
                ?? items.FirstOrDefault(i => i.Group == group && string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase) && i.MemberId is null && i.InterventionId is null);
            if (item is null)
            {
                var unique = name;
                for (var n = 2; items.Any(i => i.Group == group && string.Equals(i.Name, unique, StringComparison.OrdinalIgnoreCase)); n++) unique = $"{name} ({n})";
                item = new BudgetItem { Id = Guid.NewGuid(), Group = group, Name = unique, Order = ++order };
                items.Add(item);
                db.BudgetItems.Add(item);
            }
            item.MemberId ??= member;
            item.InterventionId ??= intervention;
            item.Retired = false;
            return item;
        }

        var start = new DateOnly(y, 1, 1);
        foreach (var member in await db.Members.AsNoTracking().Where(m => m.MemberFrom <= new DateOnly(y, 12, 31) && (m.MemberTo == null || m.MemberTo >= start)).OrderBy(m => m.Name).ToListAsync(ct))
            Ensure(BudgetGroup.MemberContributions, Clip($"Medlemsavgift {member.Name}"), member.Id, null);
        foreach (var intervention in (await interventions.ListAsync(ct)).Where(i => !i.Ended))
            Ensure(BudgetGroup.Interventions, Clip(intervention.Name), null, intervention.Id);
        if (!items.Any(i => i.Group == BudgetGroup.Interventions && i.Name == ReserveName))
            Ensure(BudgetGroup.Interventions, ReserveName, null, null);

        var budget = new Budget { Id = Guid.NewGuid(), Year = y, Version = 1, State = BudgetState.Proposal, OpeningBalance = opening, CreatedAt = Now, CreatedBy = Actor, UpdatedAt = Now };
        // The year before's plan, as its sheet shows it (sources and index included), moves one year on; its last year is
        // also the new last year's starting point (an indexed line's plan is left to the index).
        var before = previous is null ? null : (await sheets.ForBudgetAsync(previous.Id, ct))?.Lines.ToDictionary(l => l.ItemId);
        foreach (var item in items.Where(i => !i.Retired))
        {
            var line = before?.GetValueOrDefault(item.Id);
            var (amount, plan) = (line?[SheetColumn.Plan1], line?[SheetColumn.Plan2]);
            budget.Rows.Add(new BudgetRow { BudgetId = budget.Id, ItemId = item.Id, Amount = amount, Plan1 = item.Indexed ? null : plan, Plan2 = item.Indexed ? null : plan });
        }
        db.Budgets.Add(budget);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.BudgetChanged, $"Budget {y}", $"Version 1 skapad som förslag med {budget.Rows.Count} rader" + (opening is { } o ? $", ingående balans {o} kr" : "") + ".", ct);
        return Outcomes.Ok((await VersionAsync(y, 1, ct))!);
    }

    private static string Clip(string name) => name.Length <= 100 ? name : name[..100];

    /// <summary>A version of a year, or (version null) the version in force; null when there is none.</summary>
    public async Task<VersionItem?> VersionAsync(int year, int? version, CancellationToken ct)
    {
        if (!BudgetYears.InRange(year)) return null;
        var versions = await db.Budgets.AsNoTracking().Where(b => b.Year == year).ToListAsync(ct);
        var budget = version is { } v ? versions.FirstOrDefault(b => b.Version == v) : BudgetSheets.Current(versions);
        if (budget is null || await sheets.ForBudgetAsync(budget.Id, ct) is not { } sheet) return null;
        return View(sheet, versions);
    }

    /// <summary>The sheet of a version (or the one in force), for the pages.</summary>
    public async Task<BudgetSheet?> SheetAsync(int year, int? version, CancellationToken ct)
    {
        if (!BudgetYears.InRange(year)) return null;
        if (version is null) return await sheets.ForYearAsync(year, ct);
        var id = await db.Budgets.Where(b => b.Year == year && b.Version == version).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
        return id is null ? null : await sheets.ForBudgetAsync(id.Value, ct);
    }

    /// <summary>Every version of a year, oldest first.</summary>
    public Task<List<Budget>> VersionsAsync(int year, CancellationToken ct) =>
        db.Budgets.AsNoTracking().Where(b => b.Year == year).OrderBy(b => b.Version).ToListAsync(ct);

    internal static VersionItem View(BudgetSheet sheet, IEnumerable<Budget> versions)
    {
        var b = sheet.Budget;
        long At(IReadOnlyList<long?> values, SheetColumn c) => values[(int)c] ?? 0;
        var rows = b.Rows.ToDictionary(r => r.ItemId);
        return new VersionItem(b.Year, b.Version, b.SwedishLabel(), b.AdoptedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b.AdoptedReference, b.AdoptedParagraphId,
            b.OpeningBalance, At(sheet.Income, SheetColumn.Budget), At(sheet.Costs, SheetColumn.Budget), At(sheet.Result, SheetColumn.Budget),
            At(sheet.Opening, SheetColumn.Budget), At(sheet.Closing, SheetColumn.Budget),
            [.. sheet.Lines.Where(l => rows.ContainsKey(l.ItemId)).Select(l =>
            {
                var r = rows[l.ItemId];
                var budget = l[SheetColumn.Budget] ?? 0;
                return new RowItem(l.ItemId, l.Group.Code(), l.Heading, l.Name, l.Source.Code(), r.Amount, r.Forecast, r.Plan1, r.Plan2,
                    budget, r.Forecast ?? budget, l[SheetColumn.Plan1] ?? 0, l[SheetColumn.Plan2] ?? 0);
            })],
            [.. versions.OrderBy(v => v.Version).Select(v => new VersionRef(v.Version, v.SwedishLabel()))]);
    }


    private async Task<Outcome<Budget>> TrackedAsync(int year, int version, CancellationToken ct) =>
        BudgetYears.InRange(year) && await db.Budgets.Include(b => b.Rows).FirstOrDefaultAsync(b => b.Year == year && b.Version == version, ct) is { } budget
            ? Outcomes.Ok(budget) : Outcomes.NotFound(PlanTexts.NoVersion);

    /// <summary>
    /// Saves the amounts of a version's lines. A proposal takes every column (a linked line's column whose source has a
    /// number is refused: change it at the source); an adopted version only the forecast (any other column changed: 409).
    /// </summary>
    public async Task<Outcome<VersionItem>> SaveRowsAsync(int year, int version, RowsInput input, CancellationToken ct)
    {
        var found = await TrackedAsync(year, version, ct);
        if (!found.Succeeded) return found.Select(_ => default(VersionItem)!);
        var budget = found.Value!;
        if (budget.State == BudgetState.Replaced) return Outcomes.Conflict(PlanTexts.Replaced);
        var adopted = budget.State == BudgetState.Adopted;

        var errors = new FieldErrors();
        var items = await db.BudgetItems.AsNoTracking().ToDictionaryAsync(i => i.Id, ct);
        var sourced = await SourcedAsync(year, ct);
        bool Sourced(BudgetItem item, int y) => sourced.Contains((item.Id, y));

        long? opening = null;
        var openingGiven = !string.IsNullOrWhiteSpace(input.OpeningBalance);
        if (openingGiven)
        {
            opening = BudgetAmounts.Read(errors, "openingBalance", input.OpeningBalance, negativeAllowed: true);
            if (await HasPreviousAsync(year, ct))
                errors.Add("openingBalance", $"Balanserat resultat vid årets början kommer från prognosen för {year - 1}; ange det bara för ett första år.");
        }
        var changes = new List<(BudgetRow Row, long? Amount, long? Forecast, long? Plan1, long? Plan2)>();
        var conflict = adopted && openingGiven && opening is not null && opening != budget.OpeningBalance;
        for (var k = 0; k < input.Rows.Count; k++)
        {
            var r = input.Rows[k];
            var field = $"rows[{k}]";
            BudgetRow? row = null;
            if (!Guid.TryParse(r.ItemId, out var itemId) || (row = budget.Rows.FirstOrDefault(x => x.ItemId == itemId)) is null)
            {
                errors.Add($"{field}.itemId", "Raden finns inte i den här budgeten.");
                continue;
            }
            var item = items[itemId];
            var amount = BudgetAmounts.Read(errors, $"{field}.amount", r.Amount);
            var forecast = BudgetAmounts.Read(errors, $"{field}.forecast", r.Forecast);
            var plan1 = BudgetAmounts.Read(errors, $"{field}.plan1", r.Plan1);
            var plan2 = BudgetAmounts.Read(errors, $"{field}.plan2", r.Plan2);
            if (adopted)
            {
                if ((amount is not null && amount != row.Amount) || (plan1 is not null && plan1 != row.Plan1) || (plan2 is not null && plan2 != row.Plan2)) conflict = true;
                changes.Add((row, row.Amount, forecast, row.Plan1, row.Plan2));
                continue;
            }
            foreach (var (name, value, y) in new[] { ("amount", amount, year), ("plan1", plan1, year + 1), ("plan2", plan2, year + 2) })
                if (value is not null && Sourced(item, y))
                    errors.Add($"{field}.{name}", item.MemberId is not null
                        ? $"Beloppet för {y} kommer från avgiftsbeslutet. Ändra det under Medlemsavgifter."
                        : $"Beloppet för {y} kommer från insatsens budget i insatsregistret. Ändra det där.");
            changes.Add((row, amount, forecast, plan1, plan2));
        }
        if (errors.Any) return Outcomes.Invalid(errors);
        if (conflict) return Outcomes.Conflict(PlanTexts.Adopted);

        foreach (var (row, amount, forecast, plan1, plan2) in changes)
        {
            row.Amount = amount;
            row.Forecast = forecast;
            row.Plan1 = plan1;
            row.Plan2 = plan2;
        }
        if (openingGiven && !adopted) budget.OpeningBalance = opening;
        budget.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.BudgetChanged, $"Budget {year} version {version}",
            (adopted ? "Prognosen ändrad" : "Beloppen ändrade") + $" på {changes.Count} rader" + (openingGiven && !adopted ? $", ingående balans {opening} kr" : "") + ".", ct);
        return Outcomes.Ok((await VersionAsync(year, version, ct))!);
    }

    /// <summary>The linked lines' columns (item, calendar year) that a fee decision or the intervention register gives for <paramref name="year"/> and the plan's two years: not entered in the budget.</summary>
    public async Task<HashSet<(Guid ItemId, int Year)>> SourcedAsync(int year, CancellationToken ct)
    {
        var years = new[] { year, year + 1, year + 2 };
        var decided = await fees.ForYearsAsync(years, ct);
        var costs = (await interventions.ForYearsAsync(years, ct)).Select(c => (c.InterventionId, c.Year)).ToHashSet();
        var set = new HashSet<(Guid, int)>();
        foreach (var item in await db.BudgetItems.AsNoTracking().Where(i => i.MemberId != null || i.InterventionId != null).ToListAsync(ct))
            foreach (var y in years)
                if ((item.MemberId is { } m && decided.TryGetValue(y, out var d) && d.ContainsKey(m)) || (item.InterventionId is { } i && costs.Contains((i, y))))
                    set.Add((item.Id, y));
        return set;
    }

    /// <summary>The items kept from year to year (for the edit page's links to their sources).</summary>
    public Task<Dictionary<Guid, BudgetItem>> ItemsAsync(CancellationToken ct) => db.BudgetItems.AsNoTracking().ToDictionaryAsync(i => i.Id, ct);

    /// <summary>Adds a line to a proposal (and to the items kept from year to year).</summary>
    public async Task<Outcome<LineAdded>> AddItemAsync(int year, int version, ItemInput input, CancellationToken ct)
    {
        var found = await TrackedAsync(year, version, ct);
        if (!found.Succeeded) return found.Select(_ => default(LineAdded)!);
        var budget = found.Value!;
        var errors = new FieldErrors();
        var group = errors.Enum("group", input.Group, Groups);
        var heading = errors.Text("heading", input.Heading, "rubrik", 100);
        var name = errors.Text("name", input.Name, "radens namn", 100, required: true);
        if (errors.Any) return Outcomes.Invalid(errors);
        if (budget.State != BudgetState.Proposal) return Outcomes.Conflict(budget.State == BudgetState.Adopted ? PlanTexts.Adopted : PlanTexts.Replaced);

        var existing = (await db.BudgetItems.Where(i => i.Group == group).ToListAsync(ct))
            .FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
        if (existing is not null && (!existing.Retired || budget.Rows.Any(r => r.ItemId == existing.Id)))
            return Outcomes.Invalid("name", $"Det finns redan en rad som heter {existing.Name} under {group.SwedishLabel()}.");
        var item = existing;
        if (item is null)
        {
            item = new BudgetItem { Id = Guid.NewGuid(), Group = group, Name = name!, Order = (await db.BudgetItems.MaxAsync(i => (int?)i.Order, ct) ?? 0) + 1 };
            db.BudgetItems.Add(item);
        }
        item.Heading = heading;
        item.Indexed = input.Indexed;
        item.Retired = false;
        db.BudgetRows.Add(new BudgetRow { BudgetId = budget.Id, ItemId = item.Id });
        budget.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.BudgetChanged, $"Budget {year} version {version}", $"Raden {item.Name} tillagd under {group.SwedishLabel()}" + (heading is null ? "" : $" ({heading})") + (item.Indexed ? ", indexerad" : "") + ".", ct);
        return Outcomes.Ok(new LineAdded(item.Id, group.Code(), heading, item.Name, item.Indexed));
    }

    /// <summary>Takes a line out of a proposal and stops offering it for new budgets; earlier budgets keep it.</summary>
    public async Task<Outcome<Done>> RetireItemAsync(int year, int version, Guid itemId, CancellationToken ct)
    {
        var found = await TrackedAsync(year, version, ct);
        if (!found.Succeeded) return found.Select(_ => default(Done));
        var budget = found.Value!;
        var row = budget.Rows.FirstOrDefault(r => r.ItemId == itemId);
        if (row is null) return Outcomes.NotFound("Raden finns inte i den här budgeten.");
        if (budget.State != BudgetState.Proposal) return Outcomes.Conflict(budget.State == BudgetState.Adopted ? PlanTexts.Adopted : PlanTexts.Replaced);
        var item = await db.BudgetItems.FirstAsync(i => i.Id == itemId, ct);
        budget.Rows.Remove(row);
        item.Retired = true;
        budget.UpdatedAt = Now;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.BudgetChanged, $"Budget {year} version {version}", $"Raden {item.Name} borttagen.", ct);
        return Outcomes.Done();
    }

    /// <summary>The board adopts a proposal: the sources are written into its rows, and the version it revises (if any) is replaced.</summary>
    public async Task<Outcome<VersionItem>> AdoptAsync(int year, int version, AdoptInput input, CancellationToken ct)
    {
        var found = await TrackedAsync(year, version, ct);
        if (!found.Succeeded) return found.Select(_ => default(VersionItem)!);
        var budget = found.Value!;
        var errors = new FieldErrors();
        var on = errors.Date("adoptedOn", input.AdoptedOn, "datum för styrelsens beslut");
        var paragraphId = errors.Id("paragraphId", input.ParagraphId, "paragraf", required: false);
        BoardDecision? paragraph = null;
        if (paragraphId is { } pid && (paragraph = await decisions.FindAsync(pid, ct)) is null)
            errors.Add("paragraphId", "Välj paragrafen i listan över styrelsens beslut.");
        if (errors.Any) return Outcomes.Invalid(errors);
        if (budget.State != BudgetState.Proposal) return Outcomes.Conflict(budget.State == BudgetState.Adopted ? "Versionen är redan fastställd." : PlanTexts.Replaced);

        await sheets.FreezeAsync(budget, ct);
        budget.State = BudgetState.Adopted;
        budget.AdoptedOn = on;
        budget.AdoptedParagraphId = paragraph?.Id;
        budget.AdoptedReference = paragraph?.Label;
        budget.UpdatedAt = Now;
        var replaced = await db.Budgets.Where(b => b.Year == year && b.State == BudgetState.Adopted && b.Id != budget.Id).ToListAsync(ct);
        foreach (var old in replaced)
        {
            old.State = BudgetState.Replaced;
            old.UpdatedAt = Now;
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.BudgetAdopted, $"Budget {year} version {version}",
            $"Fastställd {on:yyyy-MM-dd}" + (paragraph is null ? "" : $", {paragraph.Label}") + (replaced.Count > 0 ? $"; ersätter version {string.Join(", ", replaced.Select(r => r.Version))}" : "") + ".", ct);
        return Outcomes.Ok((await VersionAsync(year, version, ct))!);
    }

    /// <summary>A new proposal from an adopted version, its rows copied; the adopted one stays in force until the new one is adopted.</summary>
    public async Task<Outcome<VersionItem>> ReviseAsync(int year, int version, CancellationToken ct)
    {
        var found = await TrackedAsync(year, version, ct);
        if (!found.Succeeded) return found.Select(_ => default(VersionItem)!);
        var budget = found.Value!;
        if (budget.State != BudgetState.Adopted) return Outcomes.Conflict("Bara den fastställda versionen kan revideras.");
        var versions = await db.Budgets.Where(b => b.Year == year).ToListAsync(ct);
        if (versions.FirstOrDefault(b => b.State == BudgetState.Proposal) is { } open)
            return Outcomes.Conflict($"Det finns redan ett förslag till revidering (version {open.Version}). Arbeta vidare med det.");
        var next = new Budget
        {
            Id = Guid.NewGuid(),
            Year = year,
            Version = versions.Max(b => b.Version) + 1,
            State = BudgetState.Proposal,
            OpeningBalance = budget.OpeningBalance,
            CreatedAt = Now,
            CreatedBy = Actor,
            UpdatedAt = Now,
        };
        foreach (var r in budget.Rows)
            next.Rows.Add(new BudgetRow { BudgetId = next.Id, ItemId = r.ItemId, Amount = r.Amount, Forecast = r.Forecast, Plan1 = r.Plan1, Plan2 = r.Plan2 });
        db.Budgets.Add(next);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.BudgetChanged, $"Budget {year}", $"Version {next.Version} skapad som förslag till revidering av version {version}.", ct);
        return Outcomes.Ok((await VersionAsync(year, next.Version, ct))!);
    }

    /// <summary>The board's paragraphs to choose the adoption from.</summary>
    public Task<List<BoardDecision>> ParagraphsAsync(CancellationToken ct) => decisions.ListAsync(ct);

    /// <summary>The link of an adopted version's paragraph, or null.</summary>
    public async Task<string?> ParagraphLinkAsync(Guid? id, CancellationToken ct) =>
        id is { } pid && await decisions.FindAsync(pid, ct) is { } p ? p.Link : null;

    /// <summary>Today in Sweden (the adoption form's default date).</summary>
    public DateOnly Today => SwedishTime.Today(clock);
}
