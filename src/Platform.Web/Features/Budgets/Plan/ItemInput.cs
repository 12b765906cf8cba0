namespace Platform.Features.Budgets.Plan;

/// <summary>A new line: its group (MemberContributions, Grants, OtherIncome, Interventions, Cooperation, Administration), the "varav" heading it sums under (optional), its name (unique in the group), and whether its plan years follow the salary index.</summary>
internal sealed class ItemInput
{
    public string? Group { get; set; }
    public string? Heading { get; set; }
    public string? Name { get; set; }
    public bool Indexed { get; set; }
}
