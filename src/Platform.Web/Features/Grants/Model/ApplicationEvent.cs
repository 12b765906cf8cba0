namespace Platform.Features.Grants.Model;

/// <summary>One line of an application's history: who did what, when, and the state it led to.</summary>
internal sealed class ApplicationEvent
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public DateTime At { get; init; }
    /// <summary>The office person's email, or "Sökande" for the applicant, or "Systemet".</summary>
    public required string Actor { get; init; }
    public required string Text { get; init; }
    public ApplicationState? State { get; init; }
}
