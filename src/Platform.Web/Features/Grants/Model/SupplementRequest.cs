namespace Platform.Features.Grants.Model;

/// <summary>The office asks the applicant to complete the application (begäran om komplettering); the applicant reads <see cref="Message"/> above the form.</summary>
internal sealed class SupplementRequest
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public required string Message { get; init; }
    public DateTime RequestedAt { get; init; }
    public required string RequestedBy { get; init; }
    /// <summary>When the revised application came in.</summary>
    public DateTime? AnsweredAt { get; set; }
}
