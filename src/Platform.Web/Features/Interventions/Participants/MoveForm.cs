namespace Platform.Features.Interventions.Participants;

/// <summary>The move form as the page posts it.</summary>
internal sealed class MoveForm
{
    public string? On { get; set; }
    public string? MunicipalityId { get; set; }

    public MoveInput ToInput() => new(On, string.IsNullOrWhiteSpace(MunicipalityId) ? null : Guid.TryParse(MunicipalityId, out var id) ? id : Guid.Empty);
}
