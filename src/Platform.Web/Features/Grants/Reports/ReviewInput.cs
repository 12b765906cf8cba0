namespace Platform.Features.Grants.Reports;

/// <summary>The office's comment when it reviews a report or sends it back (required then).</summary>
internal sealed class ReviewInput
{
    public string? Comment { get; set; }
}
