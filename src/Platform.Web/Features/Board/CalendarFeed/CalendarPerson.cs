namespace Platform.Features.Board.CalendarFeed;

/// <summary>A person in an invitation: the organiser (the association) or an attendee.</summary>
internal sealed record CalendarPerson(string Name, string Email);
