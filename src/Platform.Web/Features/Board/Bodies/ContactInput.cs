namespace Platform.Features.Board.Bodies;

internal sealed class ContactInput
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Organisation { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}
