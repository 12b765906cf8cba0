namespace Platform.Features.Grants.Template;

/// <summary>A template section as the form sends it.</summary>
internal sealed class SectionInput
{
    public string? Title { get; set; }
    public string? Guidance { get; set; }
    public bool Required { get; set; }
    public string? Order { get; set; }
}
