namespace Platform.Features.Fees.Decisions;

/// <summary>A fee decision to preview or save. Strings and nullables, so that every wrong value gets a field error.</summary>
internal sealed class FeeDecisionInput
{
    /// <summary>Whole kronor.</summary>
    public long? Total { get; set; }
    /// <summary>Population or Fixed.</summary>
    public string? MunicipalitySplit { get; set; }
    public string? RegionSplit { get; set; }
    /// <summary>The date the population figures refer to, YYYY-MM-DD.</summary>
    public string? PopulationDate { get; set; }
    public string? DecidedOn { get; set; }
    public string? Reference { get; set; }
    /// <summary>Population or percentage per region and municipality; a population left out is taken from the member register.</summary>
    public List<FeeWeightInput> Weights { get; set; } = [];
}
