using Platform.Features.Interventions.Model;

namespace Platform.Features.Interventions.Results;

/// <summary>The period chooser's quick choices: this half-year, the last one, last year and the whole intervention.</summary>
internal static class ResultsPeriods
{
    public static IReadOnlyList<(string Label, DateOnly From, DateOnly To)> QuickChoices(Intervention intervention, DateOnly today)
    {
        var half = today.Month <= 6 ? new DateOnly(today.Year, 1, 1) : new DateOnly(today.Year, 7, 1);
        var lastHalf = half.AddMonths(-6);
        return
        [
            ("Detta halvår", half, half.AddMonths(6).AddDays(-1)),
            ("Förra halvåret", lastHalf, half.AddDays(-1)),
            ($"Förra året ({today.Year - 1})", new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31)),
            ("Hela insatsen", intervention.Start, intervention.End is { } end && end < today ? end : today),
        ];
    }
}
