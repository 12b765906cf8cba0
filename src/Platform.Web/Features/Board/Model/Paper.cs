namespace Platform.Features.Board.Model;

/// <summary>A meeting paper (handling, bilaga): the file is in the association's document store.</summary>
internal sealed class Paper
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public Guid? AgendaItemId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    [System.Text.Json.Serialization.JsonIgnore]
    public string StorageKey { get; init; } = "";
    /// <summary>Reachable by anyone from the public notice board.</summary>
    public bool IsPublic { get; set; }
    public DateTime UploadedAt { get; init; }
}
