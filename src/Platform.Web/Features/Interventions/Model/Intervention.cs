namespace Platform.Features.Interventions.Model;

/// <summary>
/// An intervention (insats) the association finances: individual (people take part) or structural
/// (it changes how the parties work together). Kind and ESF co-financing are fixed once created, as
/// in the national follow-up: an intervention with both parts is two interventions.
/// </summary>
internal sealed class Intervention
{
    public Guid Id { get; init; }
    /// <summary>Unique in the association.</summary>
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Fixed once created.</summary>
    public InterventionKind Kind { get; init; }
    /// <summary>Whether the European Social Fund co-finances it; fixed once created.</summary>
    public bool EsfCoFinanced { get; init; }
    public string? TargetGroup { get; set; }
    public int? AgeFrom { get; set; }
    public int? AgeTo { get; set; }
    /// <summary>The lead party (huvudman): a member of the association.</summary>
    public Guid LeadMemberId { get; set; }
    /// <summary>The cooperating parties (members of the association, the lead excluded): with the lead at least two.</summary>
    public List<Guid> CooperatingMemberIds { get; set; } = [];
    /// <summary>The member municipalities whose residents it serves.</summary>
    public List<Guid> MunicipalityIds { get; set; } = [];
    /// <summary>Methods, e.g. Supported Employment, Case Management, IPS.</summary>
    public List<string> Methods { get; set; } = [];
    public DateOnly Start { get; set; }
    public DateOnly? End { get; set; }
    public InterventionStatus Status { get; set; }
    /// <summary>When <see cref="InterventionStatus.Implemented"/>: the member party that took it over, and from when.</summary>
    public Guid? ImplementedByMemberId { get; set; }
    public DateOnly? ImplementedOn { get; set; }
    /// <summary>The paragraph of the board's minutes that granted it.</summary>
    public Guid? DecisionParagraphId { get; set; }
    /// <summary>The funding application whose grant created it (the Grants feature's record, no foreign key).</summary>
    public Guid? FundingApplicationId { get; set; }
    public DateTime CreatedAt { get; init; }
}
