namespace Platform.Features.Grants.Model;

/// <summary>A cost type (kostnadsslag) of the association's budget form: salaries, premises, material, other.</summary>
internal sealed class CostType
{
    public Guid Id { get; init; }
    public int Order { get; set; }
    public required string Name { get; set; }
    /// <summary>The applicant must say what kind ("Övriga kostnader (ange typ)").</summary>
    public bool RequiresSpecification { get; set; }
    public bool Active { get; set; } = true;
}
