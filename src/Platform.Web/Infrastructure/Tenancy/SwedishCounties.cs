namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// Sweden's 21 counties (län) and the region that covers each. An association's county is its region
/// member's: every samordningsförbund has one (Finsam 3 §), so no one has to type it in.
/// </summary>
internal static class SwedishCounties
{
    // The distinctive word of each region's name, longest first where one contains another.
    private static readonly (string Word, string County)[] Regions =
    [
        ("västra götaland", "Västra Götalands län"), ("västernorrland", "Västernorrlands län"), ("västerbotten", "Västerbottens län"),
        ("västmanland", "Västmanlands län"), ("norrbotten", "Norrbottens län"), ("stockholm", "Stockholms län"), ("uppsala", "Uppsala län"),
        ("sörmland", "Södermanlands län"), ("södermanland", "Södermanlands län"), ("östergötland", "Östergötlands län"),
        ("jönköping", "Jönköpings län"), ("kronoberg", "Kronobergs län"), ("kalmar", "Kalmar län"), ("gotland", "Gotlands län"),
        ("blekinge", "Blekinge län"), ("skåne", "Skåne län"), ("halland", "Hallands län"), ("värmland", "Värmlands län"),
        ("örebro", "Örebro län"), ("dalarna", "Dalarnas län"), ("gävleborg", "Gävleborgs län"), ("jämtland", "Jämtlands län"),
    ];

    /// <summary>Every county, in alphabetical (Swedish) order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Regions.Select(r => r.County).Distinct().Order(StringComparer.Create(SwedishTime.Culture, ignoreCase: true))];

    /// <summary>The county of a region known by its name ("Region Stockholm", "Västra Götalandsregionen"), or null.</summary>
    public static string? OfRegion(string regionName)
    {
        var name = regionName.ToLower(SwedishTime.Culture);
        foreach (var (word, county) in Regions)
            if (name.Contains(word, StringComparison.Ordinal)) return county;
        return null;
    }
}
