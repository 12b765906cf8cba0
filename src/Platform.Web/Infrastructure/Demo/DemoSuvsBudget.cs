using Platform.Features.Budgets.Model;

namespace Platform.Infrastructure.Demo;

/// <summary>
/// SUVS's "Budget 2022 och verksamhetsplan 2022–2024" (seeds/001, its two tables at the end), line by line:
/// budget 2021, forecast 2021, budget 2022 and plan 2023–2024, with the source each line has in the demo (a
/// member's fee decision, an intervention's budget in the register, the salary index) and the accounts of the
/// demo's SIE file (<see cref="SieFile"/>) mapped to it. The state's half is one line, as in the paper and
/// as the fee decision has it: Försäkringskassan pays it, Arbetsförmedlingen's share included.
/// </summary>
internal static class DemoSuvsBudget
{
    internal sealed record Line(BudgetGroup Group, string? Heading, string Name, long Budget2021, long Forecast2021, long Budget2022, long Plan2023, long Plan2024,
        string? Member = null, string? Intervention = null, bool Indexed = false, string[]? Accounts = null);

    public const string StateLine = "Medlemsavgift Staten (AF/FK)";

    public static readonly IReadOnlyList<Line> Lines =
    [
        new(BudgetGroup.MemberContributions, null, StateLine, 3_465_000, 3_465_000, 3_465_000, 3_465_000, 3_465_000, Member: "Försäkringskassan", Accounts: ["3010"]),
        new(BudgetGroup.MemberContributions, null, "Medlemsavgift SLL", 1_732_500, 1_732_500, 1_732_500, 1_732_500, 1_732_500, Member: "Region Stockholm", Accounts: ["3011"]),
        new(BudgetGroup.MemberContributions, "Medlemsavgift kommunerna", "Medlemsavgift Sollentuna", 762_300, 762_300, 762_300, 762_300, 762_300, Member: "Sollentuna kommun", Accounts: ["3012"]),
        new(BudgetGroup.MemberContributions, "Medlemsavgift kommunerna", "Medlemsavgift Upplands Väsby", 467_775, 467_775, 467_775, 467_775, 467_775, Member: "Upplands Väsby kommun", Accounts: ["3013"]),
        new(BudgetGroup.MemberContributions, "Medlemsavgift kommunerna", "Medlemsavgift Sigtuna", 502_425, 502_425, 502_425, 502_425, 502_425, Member: "Sigtuna kommun", Accounts: ["3014"]),
        new(BudgetGroup.Grants, "ESF-medel", "Rätt stöd för mig", 2_000_000, 1_550_000, 900_000, 0, 0, Accounts: ["3020"]),
        new(BudgetGroup.Grants, "ESF-medel", "MIA Vidare", 2_500_000, 3_000_000, 2_000_000, 0, 0, Accounts: ["3021"]),
        new(BudgetGroup.Interventions, null, "MIA Vidare/Resursteam", 4_560_000, 4_200_000, 4_000_000, 0, 0, Intervention: DemoInterventionSeeder.MiaVidare, Accounts: ["4010"]),
        new(BudgetGroup.Interventions, null, "Rätt stöd för mig/Hoppet", 3_970_000, 3_600_000, 3_500_000, 0, 0, Intervention: DemoInterventionSeeder.Hoppet, Accounts: ["4020"]),
        new(BudgetGroup.Interventions, null, "Nya insatser", 800_000, 0, 370_000, 3_600_000, 3_500_000, Accounts: ["4090"]),
        new(BudgetGroup.Cooperation, null, "Frukostmöten och webinarier", 100_000, 50_000, 100_000, 100_000, 100_000, Accounts: ["6910"]),
        new(BudgetGroup.Cooperation, null, "Samverkan med näringslivet inkluderat ASF", 400_000, 350_000, 400_000, 300_000, 300_000, Accounts: ["6920"]),
        new(BudgetGroup.Cooperation, null, "Utbildningar och workshops", 200_000, 100_000, 400_000, 100_000, 100_000, Accounts: ["6930"]),
        new(BudgetGroup.Cooperation, null, "Insatskatalogen", 40_000, 40_000, 40_000, 40_000, 40_000, Accounts: ["6940"]),
        new(BudgetGroup.Cooperation, null, "IPS", 200_000, 170_000, 300_000, 0, 0, Accounts: ["6950"]),
        new(BudgetGroup.Cooperation, null, "Utbildningar BIP", 0, 0, 100_000, 50_000, 50_000, Accounts: ["6960"]),
        new(BudgetGroup.Administration, "Styrelse och revision", "Styrelse", 120_000, 120_000, 120_000, 120_000, 120_000, Accounts: ["7240"]),
        new(BudgetGroup.Administration, "Styrelse och revision", "Revision", 80_000, 80_000, 80_000, 80_000, 80_000, Accounts: ["6420"]),
        new(BudgetGroup.Administration, "Kansli, ekonomi och övrig administration", "Personal, IT, telefoni, arbetsplats mm", 1_950_000, 1_950_000, 1_989_000, 2_028_780, 2_069_356,
            Indexed: true, Accounts: ["7010", "7510", "5010", "5410", "6212", "6540"]),
        new(BudgetGroup.Administration, "Kansli, ekonomi och övrig administration", "Medlemsavgifter och andra avgifter", 40_000, 40_000, 40_000, 45_000, 45_000, Accounts: ["6981"]),
        new(BudgetGroup.Administration, "Kansli, ekonomi och övrig administration", "Ekonomi och redovisningsstöd", 150_000, 150_000, 150_000, 150_000, 150_000, Accounts: ["6530"]),
        new(BudgetGroup.Administration, null, "Information kommunikation", 80_000, 140_000, 100_000, 100_000, 100_000, Accounts: ["5910", "5990"]),
        new(BudgetGroup.Administration, null, "Medel för oförutsedda ändamål", 300_000, 0, 200_000, 200_000, 200_000, Accounts: ["6990"]),
    ];

    /// <summary>2021 opened with 1 892 650 kr carried forward.</summary>
    public const long Opening2021 = 1_892_650;

    /// <summary>The board adopted budget 2021 in November 2020 (the day is the demo's) and budget 2022 on 2021-11-25.</summary>
    public static readonly DateOnly Adopted2021 = new(2020, 11, 26), Adopted2022 = new(2021, 11, 25);

    public const string Paragraph2022 = "Budget 2022 och verksamhetsplan 2022–2024";

    /// <summary>
    /// The outcome of 2022 as SUVS's accounting program exports it: SIE 4, CP437, written by build/demo-sie.py and
    /// embedded in the web assembly under this name. Every result account is mapped above except 8310 Ränteintäkter,
    /// left for the import to report as not mapped.
    /// </summary>
    public const string SieFile = "suvs-2022.se";

    public const string SieResource = "Platform.Infrastructure.Demo.suvs-2022.se";

    /// <summary>The file's bytes, as committed.</summary>
    public static byte[] SieBytes()
    {
        using var stream = typeof(DemoSuvsBudget).Assembly.GetManifestResourceStream(SieResource)
            ?? throw new InvalidOperationException($"The demo file {SieResource} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
