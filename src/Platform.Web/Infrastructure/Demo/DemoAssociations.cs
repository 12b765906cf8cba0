using Platform.Features.Members;

namespace Platform.Infrastructure.Demo;

/// <summary>
/// The demo associations: the four whose papers are in shared/seeds, and the Stockholm-area ones
/// that seeds/002 names. Members are the real member parties; populations are rounded recent
/// figures; organisation numbers are filled in only where known for certain. Membership start
/// dates are not in the seeds and are illustrative.
/// </summary>
internal static class DemoAssociations
{
    private static readonly DateOnly Start = new(2015, 1, 1);

    internal sealed record DemoMember(MemberKind Kind, string Name, int? Population = null, string? OrganisationNumber = null, DateOnly? MemberTo = null);

    internal sealed record DemoAssociation(string Slug, string Name, IReadOnlyList<DemoMember> Members)
    {
        public DateOnly MemberFrom { get; } = Start;
    }

    private static readonly DemoMember Fk = new(MemberKind.Government, "Försäkringskassan", OrganisationNumber: "202100-5521");
    private static readonly DemoMember Af = new(MemberKind.EmploymentService, "Arbetsförmedlingen", OrganisationNumber: "202100-2114");
    private static readonly DemoMember RegionStockholm = new(MemberKind.Region, "Region Stockholm", 2_450_000, "232100-0016");

    private static DemoMember Kommun(string name, int population, string? orgNr = null, DateOnly? memberTo = null) =>
        new(MemberKind.Municipality, name, population, orgNr, memberTo);

    public static readonly IReadOnlyList<DemoAssociation> All =
    [
        new("roslagen", "Samordningsförbundet Roslagen",
        [
            Fk, Af, RegionStockholm,
            Kommun("Danderyds kommun", 33_000), Kommun("Norrtälje kommun", 64_000), Kommun("Täby kommun", 75_000),
            Kommun("Vallentuna kommun", 35_000), Kommun("Vaxholms stad", 12_000), Kommun("Österåkers kommun", 48_000),
        ]),
        new("suvs", "Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna",
        [
            Fk, Af, RegionStockholm,
            Kommun("Sollentuna kommun", 76_000), Kommun("Upplands Väsby kommun", 49_000), Kommun("Sigtuna kommun", 53_000),
        ]),
        new("insjoriket", "Samordningsförbundet Insjöriket",
        [
            Fk, Af, new(MemberKind.Region, "Västra Götalandsregionen", 1_760_000, "232100-0131"),
            // seeds/003: Alingsås and Härryda gave notice in 2021; the notice period is three years.
            Kommun("Alingsås kommun", 42_000, memberTo: new DateOnly(2024, 12, 31)),
            Kommun("Härryda kommun", 39_000, memberTo: new DateOnly(2024, 12, 31)),
            Kommun("Lerums kommun", 43_000), Kommun("Mölndals stad", 71_000), Kommun("Partille kommun", 40_000),
        ]),
        new("sundsvall", "Samordningsförbundet i Sundsvall",
        [
            Fk, Af, new(MemberKind.Region, "Region Västernorrland", 245_000), Kommun("Sundsvalls kommun", 99_000),
        ]),
        new("ostra-sodertorn", "Samordningsförbundet Östra Södertörn",
        [
            Fk, Af, RegionStockholm, Kommun("Haninge kommun", 98_000), Kommun("Nynäshamns kommun", 29_000), Kommun("Tyresö kommun", 49_000),
        ]),
        new("varna", "Samordningsförbundet VärNa",
        [
            Fk, Af, RegionStockholm, Kommun("Värmdö kommun", 47_000), Kommun("Nacka kommun", 109_000),
        ]),
        new("hbs", "Samordningsförbundet Huddinge, Botkyrka och Salem",
        [
            Fk, Af, RegionStockholm, Kommun("Huddinge kommun", 116_000), Kommun("Botkyrka kommun", 96_000), Kommun("Salems kommun", 17_500),
        ]),
        new("sodertalje", "Samordningsförbundet Södertälje",
        [
            Fk, Af, RegionStockholm, Kommun("Södertälje kommun", 102_000),
        ]),
        new("stockholm", "Samordningsförbundet Stockholms stad",
        [
            Fk, Af, RegionStockholm, Kommun("Stockholms stad", 988_000, "212000-0142"),
        ]),
    ];
}
