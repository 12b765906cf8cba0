using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Features.Budgets.Model;
using Platform.Features.Fees.Model;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure;
using Platform.Infrastructure.Demo;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure;

/// <summary>Issue 23, item 8: SUVS's budget 2022 and plan 2023–2024 as its paper, its SIE outcome, and the other associations' budgets from their fee decisions.</summary>
public sealed partial class DemoDataTests
{
    private async Task<HttpClient> IntegrationClientAsync(string slug) =>
        _platform.BearerClient($"{slug}.localhost", await _platform.TokenAsync($"{slug}.localhost", $"{slug}-integration", $"{slug}-demo-secret"));

    [Fact]
    public async Task Suvs_budget_2022_through_the_api_is_the_papers_to_the_krona()
    {
        var client = await IntegrationClientAsync("suvs");
        using var response = await client.GetAsync("/api/budgets/2022");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var budget = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(("fastställd", "2021-11-25"), (budget.GetProperty("state").GetString(), budget.GetProperty("adoptedOn").GetString()));
        Assert.Equal((9_830_000L, 11_889_000L, -2_059_000L), (budget.GetProperty("income").GetInt64(), budget.GetProperty("costs").GetInt64(), budget.GetProperty("result").GetInt64()));
        // The opening balance is 2021's forecast closing balance, not its budget's (332 650).
        Assert.Equal((2_382_650L, 323_650L), (budget.GetProperty("openingBalance").GetInt64(), budget.GetProperty("closingBalance").GetInt64()));

        var lines = budget.GetProperty("lines").EnumerateArray()
            .Select(l => (Group: l.GetProperty("group").GetString()!, Name: l.GetProperty("name").GetString()!, Amount: l.GetProperty("amount").GetInt64())).ToList();
        Assert.Equal(DemoSuvsBudget.Lines.Select(l => (l.Group.Code(), l.Name, l.Budget2022)), lines);
        // The paper's sums, line by line.
        long Sum(string group) => lines.Where(l => l.Group == group).Sum(l => l.Amount);
        Assert.Equal((6_930_000L, 2_900_000L), (Sum("memberContributions"), Sum("grants")));
        Assert.Equal((7_870_000L, 1_340_000L, 2_679_000L), (Sum("interventions"), Sum("cooperation"), Sum("administration")));
        Assert.Equal(3_465_000L, lines.Single(l => l.Name == "Medlemsavgift Staten (AF/FK)").Amount);
        Assert.Equal(1_732_500L, lines.Where(l => l.Name is "Medlemsavgift Sollentuna" or "Medlemsavgift Upplands Väsby" or "Medlemsavgift Sigtuna").Sum(l => l.Amount));

        // The plan: 2023 and 2024 as the paper's summary.
        var plan = budget.GetProperty("plan").EnumerateArray()
            .Select(p => (p.GetProperty("year").GetInt32(), p.GetProperty("income").GetInt64(), p.GetProperty("costs").GetInt64(), p.GetProperty("result").GetInt64(),
                p.GetProperty("openingBalance").GetInt64(), p.GetProperty("closingBalance").GetInt64())).ToList();
        Assert.Equal([(2023, 6_930_000L, 6_913_780L, 16_220L, 323_650L, 339_870L), (2024, 6_930_000L, 6_854_356L, 75_644L, 339_870L, 415_514L)], plan);

        // 2021: the budget and forecast columns, opening 1 892 650.
        var y2021 = JsonDocument.Parse(await client.GetStringAsync("/api/budgets/2021")).RootElement;
        Assert.Equal((11_430_000L, 12_990_000L, 1_892_650L, 332_650L),
            (y2021.GetProperty("income").GetInt64(), y2021.GetProperty("costs").GetInt64(), y2021.GetProperty("openingBalance").GetInt64(), y2021.GetProperty("closingBalance").GetInt64()));
    }

    [Fact]
    public async Task Suvs_budget_2022_is_linked_to_its_members_interventions_paragraph_and_accounts()
    {
        var (items, budget, paragraph, meeting, mappings, fees, members, interventions, offers, organisationNumber) = await InAsync("suvs", async db =>
        {
            var budget = await db.Budgets.AsNoTracking().SingleAsync(b => b.Year == 2022);
            var paragraph = await db.Paragraphs.AsNoTracking().SingleAsync(p => p.Id == budget.AdoptedParagraphId);
            return (await db.BudgetItems.AsNoTracking().ToListAsync(), budget, paragraph, await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == paragraph.MeetingId),
                await db.AccountMappings.AsNoTracking().ToListAsync(),
                await db.FeeDecisions.AsNoTracking().Where(d => d.Year == 2022).SelectMany(d => d.Shares).ToListAsync(),
                await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name),
                await db.Interventions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name),
                await db.ContributionOffers.AsNoTracking().Where(o => o.Year == 2022).ToListAsync(),
                await db.Set<FeeSettings>().AsNoTracking().Select(s => s.OrganisationNumber).SingleAsync());
        });
        // The SIE file is for the organisation number of SUVS's invoicing settings.
        Assert.Equal("222000-1016", organisationNumber);
        Assert.Equal((1, BudgetState.Adopted, new DateOnly(2021, 11, 25)), (budget.Version, budget.State, budget.AdoptedOn!.Value));
        Assert.Equal((DemoSuvsBudget.Paragraph2022, new DateOnly(2021, 11, 25)), (paragraph.Title, SwedishTime.DateOf(meeting.StartsAt)));
        Assert.Equal($"§ {paragraph.Number}, Styrelsen 2021-11-25", budget.AdoptedReference);

        // Member lines by the fee decision 2022: Försäkringskassan pays the state's half (Arbetsförmedlingen's included).
        var byMember = items.Where(i => i.MemberId is not null).ToDictionary(i => members[i.MemberId!.Value], i => i.Name);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Försäkringskassan"] = "Medlemsavgift Staten (AF/FK)",
            ["Region Stockholm"] = "Medlemsavgift SLL",
            ["Sollentuna kommun"] = "Medlemsavgift Sollentuna",
            ["Upplands Väsby kommun"] = "Medlemsavgift Upplands Väsby",
            ["Sigtuna kommun"] = "Medlemsavgift Sigtuna",
        }.OrderBy(m => m.Key, StringComparer.Ordinal), byMember.OrderBy(m => m.Key, StringComparer.Ordinal));
        var paper = DemoSuvsBudget.Lines.ToDictionary(l => l.Name, l => l.Budget2022);
        Assert.All(fees, f => Assert.Equal(f.Amount, paper[byMember[members[f.MemberId]]]));
        Assert.Equal(5, fees.Count);

        Assert.Equal([("MIA Vidare/Resursteam", DemoInterventionSeeder.MiaVidare), ("Rätt stöd för mig/Hoppet", DemoInterventionSeeder.Hoppet)],
            items.Where(i => i.InterventionId is not null).OrderBy(i => i.Order).Select(i => (i.Name, interventions[i.InterventionId!.Value])));
        Assert.Equal(["Personal, IT, telefoni, arbetsplats mm"], items.Where(i => i.Indexed).Select(i => i.Name));

        var names = items.ToDictionary(i => i.Id, i => i.Name);
        var mapped = mappings.ToDictionary(m => m.Account, m => names[m.ItemId]);
        Assert.Equal(("Medlemsavgift Staten (AF/FK)", "MIA Vidare", "MIA Vidare/Resursteam", "Personal, IT, telefoni, arbetsplats mm"),
            (mapped["3010"], mapped["3021"], mapped["4010"], mapped["7010"]));
        Assert.Equal(6, mapped.Count(m => m.Value == "Personal, IT, telefoni, arbetsplats mm"));

        // The region's unchanged quarter caps the state's offer: 1 732 500 / 25 % = 6 930 000.
        Assert.Equal([(OfferParty.State, 5_438_000L), (OfferParty.Region, 1_732_500L)], offers.OrderBy(o => o.Party).Select(o => (o.Party, o.Amount)));
        Assert.Equal(6_930_000L, offers.Min(o => o.Amount * 100 / o.Party.SharePercent()));
    }

    [Fact]
    public void Suvs_sie_file_for_2022_is_cp437_for_its_organisation_number_and_its_outcome_is_near_the_budget()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = DemoSuvsBudget.SieBytes();
        Assert.Contains((byte)0x84, bytes); // ä in CP437: not UTF-8, not Latin-1
        var text = Encoding.GetEncoding(437).GetString(bytes);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#ORGNR 222000-1016", "#RAR 0 20220101 20221231"],
            lines.Where(l => l.StartsWith("#FLAGGA", StringComparison.Ordinal) || l.StartsWith("#FORMAT", StringComparison.Ordinal) || l.StartsWith("#SIETYP", StringComparison.Ordinal)
                || l.StartsWith("#ORGNR", StringComparison.Ordinal) || l.StartsWith("#RAR 0", StringComparison.Ordinal)));
        Assert.Contains("#FNAMN \"Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna\"", lines);

        // #RES: the year's result per account, income negative; #PSALDO without an object adds up to it month by month.
        static long Ore(string amount) => (long)Math.Round(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) * 100);
        var res = lines.Where(l => l.StartsWith("#RES 0 ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToDictionary(p => p[2], p => Ore(p[3]));
        var months = lines.Where(l => l.StartsWith("#PSALDO 0 ", StringComparison.Ordinal) && l.Contains(" {} ", StringComparison.Ordinal)).Select(l => l.Split(' '))
            .GroupBy(p => p[3]).ToDictionary(g => g.Key, g => g.Sum(p => Ore(p[5])));
        Assert.Equal(res.OrderBy(r => r.Key, StringComparer.Ordinal), months.OrderBy(m => m.Key, StringComparer.Ordinal));
        Assert.All(res.Keys, account => Assert.Contains(lines, l => l.StartsWith($"#KONTO {account} \"", StringComparison.Ordinal)));

        // Every result account but the interest (left unmapped on purpose) is mapped to a line of the paper; the outcome is near each line's budget.
        var accounts = DemoSuvsBudget.Lines.SelectMany(l => (l.Accounts ?? []).Select(a => (Account: a, Line: l))).ToDictionary(a => a.Account, a => a.Line);
        Assert.Equal(["8310"], res.Keys.Where(a => !accounts.ContainsKey(a)));
        var outcome = res.Where(r => accounts.ContainsKey(r.Key)).GroupBy(r => accounts[r.Key].Name).ToDictionary(g => g.Key, g => Math.Abs(g.Sum(r => r.Value)) / 100);
        // The reserve for new interventions was half used; every other line of 300 000 kr or more is within a fifth of its budget.
        Assert.Equal(185_000, outcome["Nya insatser"]);
        foreach (var line in DemoSuvsBudget.Lines.Where(l => l.Budget2022 >= 300_000 && l.Name != "Nya insatser"))
            Assert.InRange(outcome[line.Name], line.Budget2022 * 80 / 100, line.Budget2022 * 120 / 100);
        var income = -res.Values.Where(v => v < 0).Sum() / 100;
        var costs = res.Values.Where(v => v > 0).Sum() / 100;
        Assert.InRange(income, 9_830_000 * 95 / 100, 9_830_000 * 105 / 100);
        Assert.InRange(costs, 11_889_000 * 90 / 100, 11_889_000);
    }

    [Fact]
    public async Task The_other_associations_member_lines_are_their_fee_decisions_with_an_adopted_budget_and_a_proposal()
    {
        var year = SwedishTime.Today(_platform.Clock).Year;
        var states = new List<string>();
        foreach (var slug in new[] { "roslagen", "insjoriket", "sundsvall" })
        {
            var client = await IntegrationClientAsync(slug);
            using var response = await client.GetAsync($"/api/budgets/{year}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var budget = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("fastställd", budget.GetProperty("state").GetString());
            var members = budget.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("group").GetString() == "memberContributions")
                .Select(l => (l.GetProperty("name").GetString()!, l.GetProperty("amount").GetInt64())).ToList();

            var decision = JsonDocument.Parse(await client.GetStringAsync($"/api/fee-decisions/{year}")).RootElement;
            var fees = decision.GetProperty("allocations").EnumerateArray().Where(a => a.GetProperty("amount").GetInt64() > 0)
                .Select(a => (Name: a.GetProperty("member").GetString()!, Amount: a.GetProperty("amount").GetInt64()))
                .Select(a => (a.Name == "Försäkringskassan" ? "Medlemsavgift Staten (AF/FK)" : $"Medlemsavgift {a.Name}", a.Amount)).ToList();
            Assert.Equal(fees.OrderBy(f => f.Item1, StringComparer.Ordinal), members.OrderBy(m => m.Item1, StringComparer.Ordinal));
            Assert.Equal(decision.GetProperty("total").GetInt64(), members.Sum(m => m.Item2));
            Assert.True(budget.GetProperty("costs").GetInt64() > budget.GetProperty("income").GetInt64() - 1_000_000, slug); // a plausible budget, no big surplus
            Assert.True(budget.GetProperty("closingBalance").GetInt64() > 0, slug);

            var next = JsonDocument.Parse(await client.GetStringAsync($"/api/budgets/{year + 1}")).RootElement;
            states.Add(next.GetProperty("state").GetString()!);
            // Next year opens with this year's closing balance (its forecast is its budget).
            Assert.Equal(budget.GetProperty("closingBalance").GetInt64(), next.GetProperty("openingBalance").GetInt64());
        }
        Assert.Equal(["fastställd", "förslag", "förslag"], states);

        // Insjöriket's ongoing interventions are lines linked to the register, with the register's budget.
        var (items, registered) = await InAsync("insjoriket", async db => (await db.BudgetItems.AsNoTracking().Where(i => i.InterventionId != null).ToListAsync(),
            await db.InterventionBudgets.AsNoTracking().Where(b => b.Year == year).ToListAsync()));
        Assert.Equal([DemoInterventionSeeder.Balder, DemoInterventionSeeder.Individsamverkansteamet, DemoInterventionSeeder.Primus], items.Select(i => i.Name).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.Contains(registered, b => b.InterventionId == i.InterventionId));

        // Roslagen's next year is adopted in the recent meeting's paragraph.
        var roslagen = await InAsync("roslagen", async db =>
        {
            var next = await db.Budgets.AsNoTracking().SingleAsync(b => b.Year == year + 1);
            return (next, await db.Paragraphs.AsNoTracking().SingleAsync(p => p.Id == next.AdoptedParagraphId));
        });
        Assert.Equal("Verksamhetsplan och budget för nästa år", roslagen.Item2.Title);
        Assert.StartsWith($"§ {roslagen.Item2.Number}, Styrelsen ", roslagen.next.AdoptedReference, StringComparison.Ordinal);
    }
}
