namespace Platform.Features.Budgets.Outcome;

/// <summary>The accounts' mappings, saved together.</summary>
internal sealed class MappingInput
{
    public List<MappingRowInput> Rows { get; set; } = [];
}
