using System.Globalization;

namespace Platform.Features.Interventions.Register;

/// <summary>
/// The intervention form as the page posts it: every field a string (nothing typed is lost on a
/// refusal), the parties as checkboxes, the methods comma- or line-separated.
/// </summary>
internal sealed class InterventionForm
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Kind { get; set; }
    public bool EsfCoFinanced { get; set; }
    public string? TargetGroup { get; set; }
    public string? AgeFrom { get; set; }
    public string? AgeTo { get; set; }
    public string? LeadPartyId { get; set; }
    public List<string> CooperatingPartyIds { get; set; } = [];
    public List<string> MunicipalityIds { get; set; } = [];
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Status { get; set; }
    public string? ImplementedById { get; set; }
    public string? ImplementedOn { get; set; }
    public string? Methods { get; set; }
    public string? DecisionParagraphId { get; set; }

    /// <summary>What the register checks. An age that is not a whole number goes as -1, which the register refuses beside the field.</summary>
    public InterventionInput ToInput(bool creating) => new(
        Name, Description, creating ? Kind : null, TargetGroup, FormNumbers.Digits(AgeFrom), FormNumbers.Digits(AgeTo),
        LeadPartyId, CooperatingPartyIds, MunicipalityIds, Start, End, Status, ImplementedById, ImplementedOn,
        SplitMethods(Methods), creating ? EsfCoFinanced : null, DecisionParagraphId);

    public static List<string> SplitMethods(string? methods) =>
        [.. (methods ?? "").Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static InterventionForm From(InterventionDto i) => new()
    {
        Name = i.Name,
        Description = i.Description,
        Kind = i.Kind,
        EsfCoFinanced = i.EsfCoFinanced,
        TargetGroup = i.TargetGroup,
        AgeFrom = i.AgeFrom?.ToString(CultureInfo.InvariantCulture),
        AgeTo = i.AgeTo?.ToString(CultureInfo.InvariantCulture),
        LeadPartyId = i.Lead.Id.ToString(),
        CooperatingPartyIds = [.. i.CooperatingParties.Select(p => p.Id.ToString())],
        MunicipalityIds = [.. i.Municipalities.Select(p => p.Id.ToString())],
        Start = i.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        End = i.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Status = i.Status,
        ImplementedById = i.ImplementedBy?.Id.ToString(),
        ImplementedOn = i.ImplementedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Methods = string.Join(", ", i.Methods),
        DecisionParagraphId = i.Decision?.Id.ToString(),
    };
}
