namespace Platform.Features.Fees.Decisions;

/// <summary>A fee decision as the API shows it: amounts in whole kronor.</summary>
internal sealed record FeeDecisionView(
    int Year, long Total, string MunicipalitySplit, string RegionSplit, DateOnly? PopulationDate, string JoinLeaveRule,
    DateOnly? DecidedOn, string? Reference, IReadOnlyList<FeeAllocationView> Allocations)
{
    public const string RoundingRule =
        "Varje medlems exakta andel avrundas nedåt till hela kronor; de kronor som återstår går en i taget till de medlemmar vars andel hade störst decimaldel (största-restmetoden). Summan blir alltid exakt totalbeloppet och ingen medlem avviker en krona eller mer från sin exakta andel.";
}
