using Platform.Features.Members;

namespace Platform.Infrastructure.Demo;

/// <summary>
/// The demo associations: the four whose papers are in shared/seeds, and the Stockholm-area ones
/// that seeds/002 names. Members are the real member parties; populations are rounded recent
/// figures. Every member has an organisation number, its address as an e-invoice recipient (Peppol
/// scheme 0007): the real one where known for certain (the state's, the regions Stockholm and Västra
/// Götaland, Stockholms stad, and Sundsvall's from seeds/004), otherwise a made-up one in the public
/// bodies' series (212000- for municipalities, 232100- for regions) with a valid check digit.
/// Membership start dates are not in the seeds and are illustrative.
/// </summary>
internal static class DemoAssociations
{
    private static readonly DateOnly Start = new(2015, 1, 1);

    internal sealed record DemoMember(MemberKind Kind, string Name, int? Population, string OrganisationNumber, DateOnly? MemberTo = null);

    internal sealed record DemoAssociation(string Slug, string Name, IReadOnlyList<DemoMember> Members)
    {
        public DateOnly MemberFrom { get; } = Start;
    }

    private static readonly DemoMember Fk = new(MemberKind.Government, "Försäkringskassan", null, "202100-5521");
    private static readonly DemoMember Af = new(MemberKind.EmploymentService, "Arbetsförmedlingen", null, "202100-2114");
    private static readonly DemoMember RegionStockholm = new(MemberKind.Region, "Region Stockholm", 2_450_000, "232100-0016");

    private static DemoMember Kommun(string name, int population, string orgNr, DateOnly? memberTo = null) =>
        new(MemberKind.Municipality, name, population, orgNr, memberTo);

    public static readonly IReadOnlyList<DemoAssociation> All =
    [
        new("roslagen", "Samordningsförbundet Roslagen",
        [
            Fk, Af, RegionStockholm,
            // Populations giving seeds/002's shares of the municipalities' 270 000 (Täby 28 %, Norrtälje 23 %, Österåker 18 %,
            // Vallentuna 12 %, Danderyd 12 %, Vaxholm 5 %), which the MIA results set beside the active participants.
            Kommun("Danderyds kommun", 33_300, "212000-5000"), Kommun("Norrtälje kommun", 63_000, "212000-5075"), Kommun("Täby kommun", 76_500, "212000-5141"),
            Kommun("Vallentuna kommun", 33_300, "212000-5216"), Kommun("Vaxholms stad", 14_400, "212000-5281"), Kommun("Österåkers kommun", 49_500, "212000-5356"),
        ]),
        new("suvs", "Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna",
        [
            Fk, Af, RegionStockholm,
            Kommun("Sollentuna kommun", 76_000, "212000-5422"), Kommun("Upplands Väsby kommun", 49_000, "212000-5497"), Kommun("Sigtuna kommun", 53_000, "212000-5562"),
        ]),
        new("insjoriket", "Samordningsförbundet Insjöriket",
        [
            Fk, Af, new(MemberKind.Region, "Västra Götalandsregionen", 1_760_000, "232100-0131"),
            // seeds/003: Alingsås and Härryda gave notice in 2021; the notice period is three years.
            Kommun("Alingsås kommun", 42_000, "212000-5638", memberTo: new DateOnly(2024, 12, 31)),
            Kommun("Härryda kommun", 39_000, "212000-5703", memberTo: new DateOnly(2024, 12, 31)),
            Kommun("Lerums kommun", 43_000, "212000-5778"), Kommun("Mölndals stad", 71_000, "212000-5844"), Kommun("Partille kommun", 40_000, "212000-5919"),
        ]),
        new("sundsvall", "Samordningsförbundet i Sundsvall",
        [
            Fk, Af, new(MemberKind.Region, "Region Västernorrland", 245_000, "232100-0909"), Kommun("Sundsvalls kommun", 99_000, "212000-2411"),
        ]),
        new("ostra-sodertorn", "Samordningsförbundet Östra Södertörn",
        [
            Fk, Af, RegionStockholm, Kommun("Haninge kommun", 98_000, "212000-5984"), Kommun("Nynäshamns kommun", 29_000, "212000-6057"), Kommun("Tyresö kommun", 49_000, "212000-6123"),
        ]),
        new("varna", "Samordningsförbundet VärNa",
        [
            Fk, Af, RegionStockholm, Kommun("Värmdö kommun", 47_000, "212000-6198"), Kommun("Nacka kommun", 109_000, "212000-6263"),
        ]),
        new("hbs", "Samordningsförbundet Huddinge, Botkyrka och Salem",
        [
            Fk, Af, RegionStockholm, Kommun("Huddinge kommun", 116_000, "212000-6339"), Kommun("Botkyrka kommun", 96_000, "212000-6404"), Kommun("Salems kommun", 17_500, "212000-6479"),
        ]),
        new("sodertalje", "Samordningsförbundet Södertälje",
        [
            Fk, Af, RegionStockholm, Kommun("Södertälje kommun", 102_000, "212000-6545"),
        ]),
        new("stockholm", "Samordningsförbundet Stockholms stad",
        [
            Fk, Af, RegionStockholm, Kommun("Stockholms stad", 988_000, "212000-0142"),
        ]),
    ];
}
