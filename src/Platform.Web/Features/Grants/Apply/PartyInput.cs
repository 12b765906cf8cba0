namespace Platform.Features.Grants.Apply;

/// <summary>A cooperating party's row of the form. <see cref="MemberId"/> is a member's id, "annan" for another organisation, or empty.</summary>
internal sealed class PartyInput
{
    public const string Other = "annan";

    public string? MemberId { get; set; }
    public string? Organisation { get; set; }
    public string? Unit { get; set; }
    public string? Signatory { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(MemberId) && string.IsNullOrWhiteSpace(Organisation) && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(Signatory)
        && string.IsNullOrWhiteSpace(ContactName) && string.IsNullOrWhiteSpace(ContactPhone) && string.IsNullOrWhiteSpace(ContactEmail);
}
