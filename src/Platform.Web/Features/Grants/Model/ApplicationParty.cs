namespace Platform.Features.Grants.Model;

/// <summary>A cooperating party (samverkanspart) of an application, with who may sign for it and a contact.</summary>
internal sealed class ApplicationParty
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public int Order { get; set; }
    /// <summary>The member party it is (from the member register); null for a party that is not a member.</summary>
    public Guid? MemberId { get; set; }
    public string Organisation { get; set; } = "";
    public string? Unit { get; set; }
    public string? Signatory { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
}
