namespace Platform.Features.Grants.Model;

/// <summary>The applicant's text for one section of the template.</summary>
internal sealed class SectionAnswer
{
    public Guid ApplicationId { get; init; }
    public Guid SectionId { get; init; }
    public string Text { get; set; } = "";
}
