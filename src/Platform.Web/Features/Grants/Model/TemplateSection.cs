namespace Platform.Features.Grants.Model;

/// <summary>A description section of the association's application template, with its guidance text.</summary>
internal sealed class TemplateSection
{
    public Guid Id { get; init; }
    public int Order { get; set; }
    /// <summary>Stable key ("background"), for the API and the PDF.</summary>
    public required string Key { get; init; }
    public required string Title { get; set; }
    public string? Guidance { get; set; }
    public bool Required { get; set; }
    /// <summary>A removed section stays for the applications that answered it.</summary>
    public bool Active { get; set; } = true;
}
