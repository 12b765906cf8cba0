using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Budgets.Model;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Budgets;

/// <summary>
/// SUVS's "Intäkter och kostnader i sammanfattning" and its specification (seed 001), line by line: budget 2021,
/// forecast 2021, budget 2022 and plan 2023–2024. The state's contribution is AF's and FK's halves.
/// </summary>
internal static class SuvsPaper
{
    internal sealed record Line(BudgetGroup Group, string? Heading, string Name, long Budget2021, long Forecast2021, long Budget2022, long Plan2023, long Plan2024, bool Indexed = false);

    public static readonly IReadOnlyList<Line> Lines =
    [
        new(BudgetGroup.MemberContributions, "Medlemsavgift Staten (AF/FK)", "Arbetsförmedlingen", 1_732_500, 1_732_500, 1_732_500, 1_732_500, 1_732_500),
        new(BudgetGroup.MemberContributions, "Medlemsavgift Staten (AF/FK)", "Försäkringskassan", 1_732_500, 1_732_500, 1_732_500, 1_732_500, 1_732_500),
        new(BudgetGroup.MemberContributions, null, "Medlemsavgift SLL", 1_732_500, 1_732_500, 1_732_500, 1_732_500, 1_732_500),
        new(BudgetGroup.MemberContributions, "Medlemsavgift kommunerna", "Medlemsavgift Sollentuna", 762_300, 762_300, 762_300, 762_300, 762_300),
        new(BudgetGroup.MemberContributions, "Medlemsavgift kommunerna", "Medlemsavgift Upplands Väsby", 467_775, 467_775, 467_775, 467_775, 467_775),
        new(BudgetGroup.MemberContributions, "Medlemsavgift kommunerna", "Medlemsavgift Sigtuna", 502_425, 502_425, 502_425, 502_425, 502_425),
        new(BudgetGroup.Grants, "ESF-medel", "Rätt stöd för mig", 2_000_000, 1_550_000, 900_000, 0, 0),
        new(BudgetGroup.Grants, "ESF-medel", "MIA Vidare", 2_500_000, 3_000_000, 2_000_000, 0, 0),
        new(BudgetGroup.Interventions, null, "MIA Vidare/Resursteam", 4_560_000, 4_200_000, 4_000_000, 0, 0),
        new(BudgetGroup.Interventions, null, "Rätt stöd för mig/Hoppet", 3_970_000, 3_600_000, 3_500_000, 0, 0),
        new(BudgetGroup.Interventions, null, "Nya insatser", 800_000, 0, 370_000, 3_600_000, 3_500_000),
        new(BudgetGroup.Cooperation, null, "Frukostmöten och webinarier", 100_000, 50_000, 100_000, 100_000, 100_000),
        new(BudgetGroup.Cooperation, null, "Samverkan med näringslivet inkluderat ASF", 400_000, 350_000, 400_000, 300_000, 300_000),
        new(BudgetGroup.Cooperation, null, "Utbildningar och workshops", 200_000, 100_000, 400_000, 100_000, 100_000),
        new(BudgetGroup.Cooperation, null, "Insatskatalogen", 40_000, 40_000, 40_000, 40_000, 40_000),
        new(BudgetGroup.Cooperation, null, "IPS", 200_000, 170_000, 300_000, 0, 0),
        new(BudgetGroup.Cooperation, null, "Utbildningar BIP", 0, 0, 100_000, 50_000, 50_000),
        new(BudgetGroup.Administration, "Styrelse och revision", "Styrelse", 120_000, 120_000, 120_000, 120_000, 120_000),
        new(BudgetGroup.Administration, "Styrelse och revision", "Revision", 80_000, 80_000, 80_000, 80_000, 80_000),
        new(BudgetGroup.Administration, "Kansli, ekonomi och övrig administration", "Personal, IT, telefoni, arbetsplats mm", 1_950_000, 1_950_000, 1_989_000, 2_028_780, 2_069_356, Indexed: true),
        new(BudgetGroup.Administration, "Kansli, ekonomi och övrig administration", "Medlemsavgifter och andra avgifter", 40_000, 40_000, 40_000, 45_000, 45_000),
        new(BudgetGroup.Administration, "Kansli, ekonomi och övrig administration", "Ekonomi och redovisningsstöd", 150_000, 150_000, 150_000, 150_000, 150_000),
        new(BudgetGroup.Administration, null, "Information kommunikation", 80_000, 140_000, 100_000, 100_000, 100_000),
        new(BudgetGroup.Administration, null, "Medel för oförutsedda ändamål", 300_000, 0, 200_000, 200_000, 200_000),
    ];

    /// <summary>2021 opened with 1 892 650 kr carried forward.</summary>
    public const long Opening2021 = 1_892_650;

    /// <summary>
    /// Writes the paper straight into the association's database: the items, 2021's budget (adopted, with its
    /// forecast; opening entered) and 2022's (adopted 2021-11-25). Indexed lines leave their plan empty, so the
    /// index gives it.
    /// </summary>
    public static Task<(Guid Budget2021, Guid Budget2022)> SeedAsync(PlatformFactory platform, TenantInfo tenant) =>
        platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var now = platform.Clock.GetUtcNow().UtcDateTime;
            var b2021 = new Budget { Id = Guid.NewGuid(), Year = 2021, Version = 1, State = BudgetState.Adopted, OpeningBalance = Opening2021, AdoptedOn = new DateOnly(2020, 11, 26), CreatedAt = now, CreatedBy = "test", UpdatedAt = now };
            var b2022 = new Budget { Id = Guid.NewGuid(), Year = 2022, Version = 1, State = BudgetState.Proposal, CreatedAt = now, CreatedBy = "test", UpdatedAt = now };
            var order = 0;
            foreach (var line in Lines)
            {
                var item = new BudgetItem { Id = Guid.NewGuid(), Group = line.Group, Heading = line.Heading, Name = line.Name, Order = ++order, Indexed = line.Indexed };
                db.BudgetItems.Add(item);
                b2021.Rows.Add(new BudgetRow { BudgetId = b2021.Id, ItemId = item.Id, Amount = line.Budget2021, Forecast = line.Forecast2021 });
                b2022.Rows.Add(new BudgetRow
                {
                    BudgetId = b2022.Id,
                    ItemId = item.Id,
                    Amount = line.Budget2022,
                    Plan1 = line.Indexed ? null : line.Plan2023,
                    Plan2 = line.Indexed ? null : line.Plan2024,
                });
            }
            db.Budgets.AddRange(b2021, b2022);
            await db.SaveChangesAsync();
            return (b2021.Id, b2022.Id);
        });
}
