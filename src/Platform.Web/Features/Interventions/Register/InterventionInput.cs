namespace Platform.Features.Interventions.Register;

/// <summary>
/// An intervention to create or change. Enums, ids and dates are strings so that a wrong value gets
/// a field error. On a change, <c>kind</c> and <c>esfCoFinanced</c> may be left out; if given they
/// must be what they were.
/// </summary>
internal sealed record InterventionInput(
    string? Name, string? Description, string? Kind, string? TargetGroup, int? AgeFrom, int? AgeTo,
    string? LeadPartyId, List<string>? CooperatingPartyIds, List<string>? MunicipalityIds,
    string? Start, string? End, string? Status, string? ImplementedById, string? ImplementedOn,
    List<string>? Methods, bool? EsfCoFinanced, string? DecisionParagraphId);
