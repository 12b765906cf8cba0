namespace Platform.Features.Grants.Template;

/// <summary>A cost type as the form sends it.</summary>
internal sealed class CostTypeInput
{
    public string? Name { get; set; }
    public bool RequiresSpecification { get; set; }
    public string? Order { get; set; }
}
