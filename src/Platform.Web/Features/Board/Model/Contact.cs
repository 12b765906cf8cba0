namespace Platform.Features.Board.Model;

/// <summary>A person who sits on a body, serves it or attends its meetings, with contact details.</summary>
internal sealed class Contact
{
    public Guid Id { get; init; }
    public required string Name { get; set; }
    /// <summary>Title or party, as the minutes print it: "förbundschef", "(L)".</summary>
    public string? Title { get; set; }
    /// <summary>The organisation the person comes from: "Mölndals stad", "Försäkringskassan".</summary>
    public string? Organisation { get; set; }
    /// <summary>Also the address the person signs in with, which lets them adjust minutes.</summary>
    public string? Email { get; set; }
    public string? Phone { get; set; }
}
