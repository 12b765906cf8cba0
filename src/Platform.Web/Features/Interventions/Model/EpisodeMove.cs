namespace Platform.Features.Interventions.Model;

/// <summary>A participant moved to another member municipality during an episode: from <see cref="On"/> that is the home municipality.</summary>
internal sealed class EpisodeMove
{
    public Guid Id { get; init; }
    public Guid EpisodeId { get; init; }
    public DateOnly On { get; set; }
    public Guid MunicipalityId { get; set; }
}
