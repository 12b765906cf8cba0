namespace Platform.Features.Grants.Model;

/// <summary>
/// A submitted version of an application, frozen: version 1 is the application, later ones the revised
/// application (reviderad ansökan) after a supplement was asked for. The PDF is the one the receipt carried.
/// </summary>
internal sealed class ApplicationVersion
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public int Number { get; init; }
    public DateTime SubmittedAt { get; init; }
    /// <summary>The whole form as JSON, as it was submitted.</summary>
    public required string Content { get; init; }
    [System.Text.Json.Serialization.JsonIgnore]
    public string? PdfStorageKey { get; init; }
}
