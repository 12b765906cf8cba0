namespace Platform.Features.Grants.Model;

/// <summary>A file the applicant attached, checked by its bytes like a meeting paper; stored in the association's document store.</summary>
internal sealed class ApplicationAttachment
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    [System.Text.Json.Serialization.JsonIgnore]
    public string StorageKey { get; init; } = "";
    public DateTime UploadedAt { get; init; }
}
