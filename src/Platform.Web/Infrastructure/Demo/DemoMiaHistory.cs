using Platform.Features.Interventions.Model;

namespace Platform.Infrastructure.Demo;

/// <summary>
/// Roslagen's MIA participant history, made up so that its figures are those of the papers: seeds/000
/// (May 2017 – May 2022: 155 ended, 20 % to work or studies, 38 % to the members' ordinary measures,
/// 42 % other) and seeds/002 (the steering group's 59 active per home municipality "a week ago", taken
/// as 2020-05-05; more women than men, women with 78 activity hours on average against men's 153).
/// Pure and deterministic: the same list at every start, no random numbers.
/// </summary>
internal static class DemoMiaHistory
{
    public static readonly DateOnly From = new(2017, 5, 1);
    public static readonly DateOnly To = new(2022, 5, 31);
    /// <summary>The day the steering group's table of active participants describes (seeds/002: "för någon vecka sen" before 2020-05-12).</summary>
    public static readonly DateOnly SteeringGroupDay = new(2020, 5, 5);

    /// <summary>One episode to seed: members by name, the reason by its code.</summary>
    internal sealed record Spec(
        string Code, Gender Gender, int BirthYear, string Municipality, string Referrer, DateOnly Start, DateOnly End, string Reason,
        SupportSource AtStart, SupportSource AtEnd, (DateOnly On, string Municipality)? Move, IReadOnlyList<(DateOnly Month, decimal Hours)> Hours);

    /// <summary>seeds/000: 155 ended = 31 to work or studies (24 + 7, seeds/002), 59 to a member's ordinary measure, 65 other.</summary>
    public static readonly IReadOnlyList<(string Code, int Count)> EndedByReason =
        [("work", 24), ("studies", 7), ("memberMeasure", 59), ("backToReferrer", 30), ("other", 20), ("discontinued", 15)];

    /// <summary>seeds/002: active participants per home municipality on the steering group's day (59).</summary>
    public static readonly IReadOnlyList<(string Municipality, int Count)> ActiveOnSteeringGroupDay =
        [("Täby kommun", 11), ("Norrtälje kommun", 21), ("Österåkers kommun", 13), ("Vallentuna kommun", 6), ("Danderyds kommun", 4), ("Vaxholms stad", 4)];

    /// <summary>Where the participants before and after that day lived: roughly the municipalities' shares of the population.</summary>
    private static readonly (string, int)[] Inflow =
        [("Täby kommun", 5), ("Norrtälje kommun", 6), ("Österåkers kommun", 4), ("Vallentuna kommun", 2), ("Danderyds kommun", 2), ("Vaxholms stad", 1)];

    /// <summary>seeds/002: the women and men who reported activity hours, and their average hours.</summary>
    public const int WomenWithHours = 69, MenWithHours = 48, WomenAverageHours = 78, MenAverageHours = 153;

    // 66 episodes ended before the steering group's day, 59 active on it, 30 started after it.
    private const int Before = 66, Active = 59, After = 30, Total = Before + Active + After;
    private const int Men = 64; // of 155: about 41 %, as the 48 men against 69 women with hours

    public static IReadOnlyList<Spec> Episodes { get; } = Build();

    private static List<Spec> Build()
    {
        var reasons = EndedByReason.SelectMany(r => Enumerable.Repeat(r.Code, r.Count)).ToList();
        var onDay = Spread(ActiveOnSteeringGroupDay);
        var inflow = Spread(Inflow);
        // The one who moves: lived in Vaxholm at the start, in Norrtälje from 2020-02-01, so counted in Norrtälje on the day.
        var mover = Enumerable.Range(1, Active - 1).First(j => onDay[j] == "Norrtälje kommun");
        var specs = new List<Spec>(Total);
        int people = 0, women = 0, men = 0;
        for (var n = 0; n < Total; n++)
        {
            var gender = (n + 1) * Men / Total != n * Men / Total ? Gender.Man : Gender.Woman;
            var birthYear = 1962 + n * 17 % 38;
            var code = $"MIA-{people + 1:0000}";
            var longer = gender == Gender.Man ? 60 : 0; // seeds/002: men get more time in the intervention
            DateOnly start, end;
            string municipality;
            (DateOnly, string)? move = null;
            if (n < Before)
            {
                start = new DateOnly(2017, 5, 15).AddDays(n * 13);
                end = start.AddDays(90 + n * 37 % 240 + longer);
                if (end >= SteeringGroupDay) end = new DateOnly(2020, 4, 24).AddDays(-(n % 20));
                municipality = inflow[n % inflow.Count];
            }
            else if (n < Before + Active)
            {
                var j = n - Before;
                start = new DateOnly(2019, 3, 1).AddDays(j * 7);
                end = SteeringGroupDay.AddDays(30 + j * 53 % 600 + longer);
                municipality = onDay[j];
                if (j == mover)
                {
                    municipality = "Vaxholms stad";
                    move = (new DateOnly(2020, 2, 1), "Norrtälje kommun");
                }
            }
            else
            {
                var k = n - Before - Active;
                start = new DateOnly(2020, 6, 1).AddDays(k * 17);
                end = start.AddDays(90 + k * 41 % 200 + longer);
                if (end > To) end = To.AddDays(-(k % 15));
                municipality = inflow[(k + 7) % inflow.Count];
            }

            if (n == Before)
            {
                // The first one active on the day comes back: the same person (code, gender, birth year) as the third one of 2017.
                var earlier = specs[2];
                (code, gender, birthYear) = (earlier.Code, earlier.Gender, earlier.BirthYear);
            }
            else people++;

            var reason = reasons[(n * 37 + 11) % Total];
            var referrer = (n * 7 % 20) switch
            {
                < 9 => municipality,
                < 14 => "Arbetsförmedlingen",
                < 18 => "Försäkringskassan",
                _ => "Region Stockholm",
            };
            var atStart = referrer switch
            {
                "Arbetsförmedlingen" => n % 3 == 0 ? SupportSource.NoPublicSupport : SupportSource.UnemploymentInsurance,
                "Försäkringskassan" => n % 2 == 0 ? SupportSource.SicknessBenefit : SupportSource.ActivityOrSicknessCompensation,
                "Region Stockholm" => n % 2 == 0 ? SupportSource.SicknessBenefit : SupportSource.Unknown,
                _ => SupportSource.SocialAssistance,
            };
            var atEnd = reason switch
            {
                "work" => SupportSource.Salary,
                "studies" => SupportSource.StudentAid,
                "memberMeasure" when referrer == "Arbetsförmedlingen" => SupportSource.UnemploymentInsurance,
                _ => atStart,
            };

            // The first 69 women and 48 men report hours: on average exactly 78 and 153 (seeds/002).
            int? hours = null;
            if (gender == Gender.Woman && women < WomenWithHours) hours = WomenAverageHours + (women++ % 3 - 1) * 24;
            else if (gender == Gender.Man && men < MenWithHours) hours = MenAverageHours + (men++ % 6) switch { 0 => -40, 1 => -20, 3 => 20, 4 => 40, _ => 0 };

            specs.Add(new Spec(code, gender, birthYear, municipality, referrer, start, end, reason, atStart, atEnd, move, hours is { } h ? Months(start, end, h) : []));
        }
        return specs;
    }

    /// <summary>The hours spread over the episode's first months (at most six), whole hours, the rest in the first month.</summary>
    private static List<(DateOnly, decimal)> Months(DateOnly start, DateOnly end, int hours)
    {
        var first = new DateOnly(start.Year, start.Month, 1);
        var count = Math.Min(6, (end.Year - start.Year) * 12 + end.Month - start.Month + 1);
        var each = hours / count;
        return [.. Enumerable.Range(0, count).Select(i => (first.AddMonths(i), (decimal)(i == 0 ? hours - each * (count - 1) : each)))];
    }

    /// <summary>Each name as many times as its count, spread evenly through the list (not all of one first).</summary>
    private static List<string> Spread(IEnumerable<(string Name, int Count)> counts) =>
        [.. counts.SelectMany(c => Enumerable.Range(0, c.Count).Select(k => (c.Name, Position: (2 * k + 1) * 1000 / (2 * c.Count))))
            .OrderBy(x => x.Position).ThenBy(x => x.Name, StringComparer.Ordinal).Select(x => x.Name)];
}
