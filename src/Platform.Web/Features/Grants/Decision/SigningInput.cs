namespace Platform.Features.Grants.Decision;

/// <summary>The day the agreement was signed (YYYY-MM-DD) and who signed it for the recipient.</summary>
internal sealed class SigningInput
{
    public string? SignedOn { get; set; }
    public string? SignedBy { get; set; }
}
