namespace Platform.Features.Grants.Office;

/// <summary>A declared conflict of interest: a person of the board or the preparatory group (their register id) and a note.</summary>
internal sealed class ConflictInput
{
    public string? ContactId { get; set; }
    public string? Note { get; set; }
}
