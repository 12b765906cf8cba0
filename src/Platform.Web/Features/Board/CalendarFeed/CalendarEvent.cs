namespace Platform.Features.Board.CalendarFeed;

/// <summary>A meeting as a calendar event. Times are UTC instants and are written as such (…Z), so no time zone table is needed.</summary>
internal sealed record CalendarEvent(
    string Uid, int Sequence, DateTime StartsAt, DateTime EndsAt, string Summary, string? Location, string? Description, Uri? Url, bool Cancelled);
