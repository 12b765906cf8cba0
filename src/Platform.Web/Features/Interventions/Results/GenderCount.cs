using Platform.Features.Interventions.Model;

namespace Platform.Features.Interventions.Results;

/// <summary>A number of people (or endings) by gender.</summary>
internal sealed record GenderCount(int Women, int Men)
{
    public static GenderCount Zero { get; } = new(0, 0);

    public int Total => Women + Men;

    public int Of(Gender gender) => gender == Gender.Woman ? Women : Men;

    public GenderCount Plus(Gender gender, int n = 1) => gender == Gender.Woman ? this with { Women = Women + n } : this with { Men = Men + n };

    public GenderCount Plus(int women, int men) => new(Women + women, Men + men);

    public static GenderCount Count(IEnumerable<Gender> genders)
    {
        int women = 0, men = 0;
        foreach (var g in genders)
            if (g == Gender.Woman) women++; else men++;
        return new GenderCount(women, men);
    }
}
