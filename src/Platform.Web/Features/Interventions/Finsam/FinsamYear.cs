namespace Platform.Features.Interventions.Finsam;

/// <summary>Uppföljning Finsam for one year: one row per intervention running that year or with a budget for it.</summary>
internal sealed record FinsamYear(int Year, IReadOnlyList<FinsamRow> Interventions);
