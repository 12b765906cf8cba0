using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Features.Budgets.Model;
using Platform.Features.Budgets.Outcome;
using Platform.Features.Budgets.Sheet;
using Platform.Features.Fees;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Infrastructure.Demo;

/// <summary>
/// Budgets of the demo associations (issue 23, item 8). SUVS: budget 2021 (its budget and forecast columns,
/// opening 1 892 650 kr) and budget 2022 with plan 2023–2024 exactly as the seed paper's two tables
/// (<see cref="DemoSuvsBudget"/>), adopted in § 43 of the board's meeting 2021-11-25 (added here: the demo had
/// none that day), its member lines linked to the members (the fee decision 2022 gives the same amounts), its
/// two interventions linked to the register (whose budgets are the paper's), the parties' offers for 2022 (the
/// region's unchanged level caps the state's 5 438 000), and the account mappings of its SIE file for 2022.
/// Roslagen, Insjöriket and Sundsvall: this year's budget, adopted at the fee decision's meeting, its member lines
/// from the fee decision and its interventions from the register (the ongoing ones get a budget for this year and
/// next), and next year's: Roslagen's adopted in the recent meeting's "Verksamhetsplan och budget för nästa år",
/// the others' a proposal. Written straight to the database, after the fee and intervention seeders; runs once
/// per association (nothing is added while it has any budget or budget line).
/// </summary>
internal sealed class DemoBudgetSeeder(TenantDb db, FeeContributions fees, BudgetSheets sheets, OutcomeImports imports, TimeProvider clock, ILogger<DemoBudgetSeeder> logger)
{
    public const string Actor = "Demodata";

    private int _sequence;

    private Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow().AddMilliseconds(_sequence++));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task SeedAsync(DemoAssociations.DemoAssociation association, CancellationToken ct)
    {
        if (association.Slug is not ("suvs" or "roslagen" or "insjoriket" or "sundsvall")) return;
        if (await db.Budgets.AnyAsync(ct) || await db.BudgetItems.AnyAsync(ct)) return;
        if (association.Slug == "suvs") await SuvsAsync(ct);
        else await OtherAsync(association.Slug, ct);
    }

    // ---------------------------------------------------------------- SUVS (seeds/001)

    private async Task SuvsAsync(CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Name, m => m.Id, ct);
        var interventions = await db.Interventions.AsNoTracking().ToDictionaryAsync(i => i.Name, i => i.Id, ct);
        var registered = await db.InterventionBudgets.AsNoTracking().ToListAsync(ct);

        var b2021 = NewBudget(2021, BudgetState.Adopted, DemoSuvsBudget.Adopted2021, $"Styrelsen {DemoSuvsBudget.Adopted2021:yyyy-MM-dd}");
        b2021.OpeningBalance = DemoSuvsBudget.Opening2021;
        b2021.Note = "Budget och prognos 2021 ur Budget 2022 och verksamhetsplan 2022–2024; planen 2022–2023 som antogs med budgeten för 2021 finns inte i underlaget.";
        var (paragraphId, reference) = await SuvsAdoptionAsync(ct);
        var b2022 = NewBudget(2022, BudgetState.Adopted, DemoSuvsBudget.Adopted2022, reference);
        b2022.AdoptedParagraphId = paragraphId;

        var order = 0;
        foreach (var line in DemoSuvsBudget.Lines)
        {
            var item = new BudgetItem
            {
                Id = NewId(),
                Group = line.Group,
                Heading = line.Heading,
                Name = line.Name,
                Order = ++order,
                Indexed = line.Indexed,
                MemberId = line.Member is { } member ? members[member] : null,
                // Linked only while the register's budgets are the paper's (2021 and 2022; none after: the interventions end in 2022).
                InterventionId = line.Intervention is { } name && interventions.TryGetValue(name, out var id)
                    && RegisterMatches(registered, id, line) ? id : null,
            };
            db.BudgetItems.Add(item);
            b2021.Rows.Add(new BudgetRow { BudgetId = b2021.Id, ItemId = item.Id, Amount = line.Budget2021, Forecast = line.Forecast2021 });
            // Adopted: the rows hold the numbers it was adopted with, as adoption freezes them.
            b2022.Rows.Add(new BudgetRow { BudgetId = b2022.Id, ItemId = item.Id, Amount = line.Budget2022, Plan1 = line.Plan2023, Plan2 = line.Plan2024 });
            foreach (var account in line.Accounts ?? [])
                db.AccountMappings.Add(new AccountMapping { Account = account, ItemId = item.Id, UpdatedAt = Now, UpdatedBy = Actor });
        }
        db.Budgets.AddRange(b2021, b2022);

        // 5.2: the state's ideal calculation proposed 5 438 000 kr, the region kept 1 732 500 kr: the region's quarter caps the total at 6 930 000 kr.
        db.ContributionOffers.Add(new ContributionOffer { Id = NewId(), Year = 2022, Party = OfferParty.State, Amount = 5_438_000, Note = "Försäkringskassans idealberäkning", UpdatedAt = Now, UpdatedBy = Actor });
        db.ContributionOffers.Add(new ContributionOffer { Id = NewId(), Year = 2022, Party = OfferParty.Region, Amount = 1_732_500, Note = "Oförändrat sedan 2019", UpdatedAt = Now, UpdatedBy = Actor });
        await db.SaveChangesAsync(ct);

        await WarnIfFeesDifferAsync(2022, ct);

        // The outcome of 2022 from the accounting program: the committed SIE 4 file (build/demo-sie.py), read as the
        // office reads one (8310 Ränteintäkter is left unmapped, so the import page has something to report).
        var imported = await imports.ImportAsync(DemoSuvsBudget.SieBytes(), DemoSuvsBudget.SieFile, Actor, ct);
        if (imported.Kind != OutcomeKind.Ok)
            logger.LogWarning("The demo SIE file {File} was not imported: {Message}", DemoSuvsBudget.SieFile, imported.Message);
    }

    private static bool RegisterMatches(List<InterventionBudget> registered, Guid intervention, DemoSuvsBudget.Line line)
    {
        var budgets = registered.Where(b => b.InterventionId == intervention).ToDictionary(b => b.Year, b => b.CostBudget);
        return budgets.GetValueOrDefault(2021) == line.Budget2021 && budgets.GetValueOrDefault(2022) == line.Budget2022
            && budgets.GetValueOrDefault(2023) == line.Plan2023 && budgets.GetValueOrDefault(2024) == line.Plan2024;
    }

    /// <summary>The paragraph of the board's meeting 2021-11-25 that adopted budget 2022: added with a small meeting when the demo has none that day.</summary>
    private async Task<(Guid? Id, string Reference)> SuvsAdoptionAsync(CancellationToken ct)
    {
        var day = DemoSuvsBudget.Adopted2022;
        var board = await db.Bodies.FirstOrDefaultAsync(b => b.Kind == BodyKind.Board, ct);
        if (board is null) return (null, $"Styrelsen {day:yyyy-MM-dd}");
        DateTime dayStart = SwedishTime.ToUtc(day, TimeOnly.MinValue), dayEnd = SwedishTime.ToUtc(day.AddDays(1), TimeOnly.MinValue);
        var existing = await (from p in db.Paragraphs
                              join m in db.Meetings on p.MeetingId equals m.Id
                              where m.BodyId == board.Id && m.StartsAt >= dayStart && m.StartsAt < dayEnd && p.Title == DemoSuvsBudget.Paragraph2022
                              select p).FirstOrDefaultAsync(ct);
        if (existing is not null) return (existing.Id, $"§ {existing.Number}, {board.Name} {day:yyyy-MM-dd}");

        var meeting = new Meeting
        {
            Id = NewId(),
            BodyId = board.Id,
            Kind = MeetingKind.Ordinary,
            Status = MeetingStatus.Held,
            Place = "Kansliet, Sollentuna",
            StartsAt = SwedishTime.ToUtc(day, new TimeOnly(13, 0)),
            EndsAt = SwedishTime.ToUtc(day, new TimeOnly(16, 0)),
        };
        db.Meetings.Add(meeting);
        var adjusted = new DateOnly(2021, 12, 2);
        db.Minutes.Add(new Minutes
        {
            MeetingId = meeting.Id,
            Chair = "Ordförande Sollentuna-Upplands Väsby-Sigtuna",
            Secretary = "Förbundschefen",
            KeptAt = "Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna, kansliet",
            Status = MinutesStatus.Adjusted,
            AdjustedOn = adjusted,
            AdjustedAt = SwedishTime.ToUtc(adjusted, new TimeOnly(10, 0)),
            SentForAdjustmentAt = SwedishTime.ToUtc(adjusted.AddDays(-2), new TimeOnly(9, 0)),
        });
        const int first = 41;
        (string Title, string? Text, string? Decision)[] paragraphs =
        [
            ("Sammanträdet öppnas", null, null),
            ("Val av justerare", null, "Styrelsen beslutade att utse ledamoten att jämte ordförande justera dagens protokoll."),
            (DemoSuvsBudget.Paragraph2022,
                "Förbundschefen presenterar förslaget till budget 2022 och verksamhetsplan 2022–2024. Medlemsavgifterna för 2022 blir oförändrade, 6 930 000 kr, eftersom Region Stockholm behåller sin nivå. Budgeten finansieras också av ESF-medel för Rätt stöd för mig! och MIA Vidare och av överskjutande kapital från tidigare år: årets resultat budgeteras till −2 059 000 kr.",
                "Styrelsen beslutade\n\nAtt fastställa budget 2022 och verksamhetsplan 2022–2024 enligt förslaget."),
            ("Sammanträdet avslutas", null, null),
        ];
        Guid? budgetParagraph = null;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var p = new Paragraph { Id = NewId(), MeetingId = meeting.Id, BodyId = board.Id, Year = day.Year, Number = first + i, Title = paragraphs[i].Title, Text = paragraphs[i].Text, Decision = paragraphs[i].Decision };
            db.Paragraphs.Add(p);
            if (p.Title == DemoSuvsBudget.Paragraph2022) budgetParagraph = p.Id;
        }
        return (budgetParagraph, $"§ {first + 2}, {board.Name} {day:yyyy-MM-dd}");
    }

    // ---------------------------------------------------------------- Roslagen, Insjöriket, Sundsvall

    /// <summary>What the demo gives each: the ongoing interventions' cost this year (the register's budget), the reserve's and the office's size, and the balance it opens with.</summary>
    private sealed record Plan(IReadOnlyDictionary<string, long> Interventions, long Staff, long Opening, long Deficit);

    private static readonly Dictionary<string, Plan> Plans = new()
    {
        ["roslagen"] = new(new Dictionary<string, long>
        {
            ["Vårddialog"] = 150_000,
            ["Forum"] = 120_000,
            ["Digital insatskatalog"] = 60_000,
            ["Samsus"] = 200_000,
            ["Stödja arbetsintegrerande sociala företag (ASF)"] = 450_000,
        }, Staff: 1_850_000, Opening: 1_450_000, Deficit: 150_000),
        ["insjoriket"] = new(new Dictionary<string, long>
        {
            [DemoInterventionSeeder.Balder] = 2_000_000,
            [DemoInterventionSeeder.Primus] = 1_300_000,
            [DemoInterventionSeeder.Individsamverkansteamet] = 1_200_000,
        }, Staff: 1_750_000, Opening: 1_900_000, Deficit: 250_000),
        ["sundsvall"] = new(new Dictionary<string, long>(), Staff: 1_500_000, Opening: 900_000, Deficit: 100_000),
    };

    private async Task OtherAsync(string slug, CancellationToken ct)
    {
        var plan = Plans[slug];
        var year = SwedishTime.Today(clock).Year;
        var decided = await fees.ForYearsAsync([year], ct);
        if (!decided.TryGetValue(year, out var contributions))
        {
            logger.LogWarning("Demo budget for {Tenant} not seeded: no fee decision for {Year}", slug, year);
            return;
        }
        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, ct);
        var items = new List<(BudgetItem Item, long Amount)>();
        var order = 0;
        BudgetItem Item(BudgetGroup group, string? heading, string name, Guid? member = null, Guid? intervention = null, bool indexed = false)
        {
            var item = new BudgetItem { Id = NewId(), Group = group, Heading = heading, Name = name, Order = ++order, MemberId = member, InterventionId = intervention, Indexed = indexed };
            db.BudgetItems.Add(item);
            return item;
        }

        // Income: one line per member that pays by the fee decision (Försäkringskassan the state's half, Arbetsförmedlingen's included).
        foreach (var (memberId, fee) in contributions.Where(c => c.Value > 0)
                     .OrderBy(c => members[c.Key].Kind switch { MemberKind.Government => 0, MemberKind.Region => 1, _ => 2 })
                     .ThenBy(c => members[c.Key].Name, StringComparer.Ordinal))
        {
            var member = members[memberId];
            var item = member.Kind switch
            {
                MemberKind.Government => Item(BudgetGroup.MemberContributions, null, DemoSuvsBudget.StateLine, memberId),
                MemberKind.Municipality => Item(BudgetGroup.MemberContributions, "Medlemsavgift kommunerna", $"Medlemsavgift {member.Name}", memberId),
                _ => Item(BudgetGroup.MemberContributions, null, $"Medlemsavgift {member.Name}", memberId),
            };
            items.Add((item, fee));
        }
        var income = items.Sum(i => i.Amount);

        // Costs: the ongoing interventions from the register, with this year's and next year's budget there.
        var interventions = await db.Interventions.AsNoTracking().Where(i => i.End == null || i.End >= new DateOnly(year, 1, 1)).ToListAsync(ct);
        var registered = await db.InterventionBudgets.Where(b => b.Year == year || b.Year == year + 1).ToListAsync(ct);
        foreach (var intervention in interventions.Where(i => plan.Interventions.ContainsKey(i.Name)).OrderBy(i => i.Id))
        {
            var cost = plan.Interventions[intervention.Name];
            foreach (var (y, amount) in new[] { (year, cost), (year + 1, Round(cost * 102 / 100)) })
                if (!registered.Any(b => b.InterventionId == intervention.Id && b.Year == y))
                    db.InterventionBudgets.Add(new InterventionBudget { InterventionId = intervention.Id, Year = y, CostBudget = amount, EsfCostBudget = 0 });
            items.Add((Item(BudgetGroup.Interventions, null, intervention.Name, intervention: intervention.Id), registered.FirstOrDefault(b => b.InterventionId == intervention.Id && b.Year == year)?.CostBudget ?? cost));
        }
        var reserve = Item(BudgetGroup.Interventions, null, "Nya insatser");

        (string Name, long Amount)[] cooperation = [("Frukostmöten och seminarier", 80_000), ("Utbildningar och workshops", 150_000), ("Insatskatalogen", 40_000)];
        foreach (var (name, amount) in cooperation) items.Add((Item(BudgetGroup.Cooperation, null, name), amount));
        items.Add((Item(BudgetGroup.Administration, "Styrelse och revision", "Styrelse"), 110_000));
        items.Add((Item(BudgetGroup.Administration, "Styrelse och revision", "Revision"), 75_000));
        var staff = Item(BudgetGroup.Administration, "Kansli, ekonomi och övrig administration", "Personal, IT, telefoni, arbetsplats mm", indexed: true);
        items.Add((staff, plan.Staff));
        items.Add((Item(BudgetGroup.Administration, "Kansli, ekonomi och övrig administration", "Ekonomi och redovisningsstöd"), 140_000));
        items.Add((Item(BudgetGroup.Administration, null, "Information kommunikation"), 80_000));
        items.Add((Item(BudgetGroup.Administration, null, "Medel för oförutsedda ändamål"), 200_000));
        // The reserve for new interventions takes what is left, using some of the capital carried forward.
        var others = items.Where(i => !i.Item.Group.IsIncome()).Sum(i => i.Amount);
        items.Add((reserve, Math.Max(0, Round(income + plan.Deficit - others))));
        await db.SaveChangesAsync(ct);

        // This year: adopted at the meeting that decided the fees (as the fee decision's reference says).
        var adoptedOn = new DateOnly(year - 1, 11, 15);
        var current = NewBudget(year, BudgetState.Proposal, null, null);
        current.OpeningBalance = plan.Opening;
        foreach (var (item, amount) in items)
        {
            // Member lines, interventions (this year and next) and the indexed plan come from their sources; adoption freezes them.
            var entered = item.MemberId is null && item.InterventionId is null;
            current.Rows.Add(new BudgetRow
            {
                BudgetId = current.Id,
                ItemId = item.Id,
                Amount = entered ? amount : null,
                Plan1 = entered && !item.Indexed ? amount : null,
                Plan2 = item.InterventionId is not null ? Round(amount * 102 / 100) : entered && !item.Indexed ? amount : null,
            });
        }
        db.Budgets.Add(current);
        await sheets.FreezeAsync(current, ct);
        Adopt(current, adoptedOn, $"Styrelsen {adoptedOn:yyyy-MM-dd}", null);
        await db.SaveChangesAsync(ct);

        // Next year: contributions as this year's until the fees are decided; Roslagen's board adopted it two weeks ago.
        var next = NewBudget(year + 1, BudgetState.Proposal, null, null);
        next.Note = "Medlemsavgifterna är årets nivå tills avgifterna för nästa år är beslutade.";
        var frozen = current.Rows.ToDictionary(r => r.ItemId);
        foreach (var (item, amount) in items)
        {
            var now = frozen[item.Id];
            next.Rows.Add(new BudgetRow
            {
                BudgetId = next.Id,
                ItemId = item.Id,
                Amount = item.InterventionId is not null ? null : item.Indexed ? now.Plan1 : now.Amount,
                Plan1 = item.Indexed ? null : item.InterventionId is not null ? now.Plan2 : now.Amount,
                Plan2 = item.Indexed ? null : item.InterventionId is not null ? now.Plan2 : now.Amount,
            });
        }
        db.Budgets.Add(next);
        if (slug == "roslagen" && await RecentBudgetParagraphAsync(ct) is { } paragraph)
        {
            await sheets.FreezeAsync(next, ct);
            Adopt(next, paragraph.On, paragraph.Reference, paragraph.Id);
        }
        await db.SaveChangesAsync(ct);
        await WarnIfFeesDifferAsync(year, ct);
    }

    /// <summary>The recent board meeting's "Verksamhetsplan och budget för nästa år" (DemoBoardSeeder).</summary>
    private async Task<(Guid Id, DateOnly On, string Reference)?> RecentBudgetParagraphAsync(CancellationToken ct)
    {
        var found = await (from p in db.Paragraphs.AsNoTracking()
                           join m in db.Meetings.AsNoTracking() on p.MeetingId equals m.Id
                           join b in db.Bodies.AsNoTracking() on p.BodyId equals b.Id
                           where b.Kind == BodyKind.Board && p.Title == "Verksamhetsplan och budget för nästa år"
                           orderby m.StartsAt descending
                           select new { p.Id, p.Number, m.StartsAt, b.Name }).FirstOrDefaultAsync(ct);
        if (found is null) return null;
        var on = SwedishTime.DateOf(found.StartsAt);
        return (found.Id, on, $"§ {found.Number}, {found.Name} {on:yyyy-MM-dd}");
    }

    private static long Round(long amount) => (amount + 500) / 1_000 * 1_000;

    private Budget NewBudget(int year, BudgetState state, DateOnly? adoptedOn, string? reference) =>
        new() { Id = NewId(), Year = year, Version = 1, State = state, AdoptedOn = adoptedOn, AdoptedReference = reference, CreatedAt = Now, CreatedBy = Actor, UpdatedAt = Now };

    private static void Adopt(Budget budget, DateOnly on, string reference, Guid? paragraph)
    {
        budget.State = BudgetState.Adopted;
        budget.AdoptedOn = on;
        budget.AdoptedReference = reference;
        budget.AdoptedParagraphId = paragraph;
    }

    /// <summary>The budget in force's member lines against the year's fee decision: equal by construction, so a difference is a bug worth a warning.</summary>
    private async Task WarnIfFeesDifferAsync(int year, CancellationToken ct)
    {
        var decided = await fees.ForYearsAsync([year], ct);
        if (!decided.TryGetValue(year, out var contributions)) return;
        if (await sheets.ForYearAsync(year, ct) is not { } sheet) return;
        foreach (var line in sheet.Lines.Where(l => l.Group == BudgetGroup.MemberContributions))
        {
            var item = await db.BudgetItems.AsNoTracking().SingleAsync(i => i.Id == line.ItemId, ct);
            if (item.MemberId is { } member && contributions.GetValueOrDefault(member) != line[SheetColumn.Budget])
                logger.LogWarning("Demo budget {Year}: {Line} is {Amount} kr, the fee decision says {Fee} kr", year, line.Name, line[SheetColumn.Budget], contributions.GetValueOrDefault(member));
        }
    }
}
