using System.Globalization;
using System.Text;

namespace Platform.Features.Board.CalendarFeed;

/// <summary>
/// Writes iCalendar (RFC 5545) for invitations (iTIP, RFC 5546: METHOD:REQUEST and METHOD:CANCEL)
/// and subscription feeds (METHOD:PUBLISH). Text is escaped, lines end in CRLF and are folded at
/// 75 octets without splitting a UTF-8 character, so "Förbundskansliet, Norrtälje" arrives intact.
/// </summary>
internal static class ICalendarFile
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";
    public const string Publish = "PUBLISH";

    public static string ContentType(string method) => $"text/calendar; method={method}; charset=utf-8";

    public static string Write(string method, IEnumerable<CalendarEvent> events, DateTime stamp,
        CalendarPerson? organizer = null, CalendarPerson? attendee = null, string? calendarName = null)
    {
        var ics = new StringBuilder();
        void Line(string line) => Fold(ics, line);

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Samordningsplattformen//Sammanträden//SV");
        Line("CALSCALE:GREGORIAN");
        Line($"METHOD:{method}");
        if (calendarName is not null) Line($"X-WR-CALNAME:{Text(calendarName)}");
        foreach (var e in events)
        {
            Line("BEGIN:VEVENT");
            Line($"UID:{Text(e.Uid)}");
            Line($"SEQUENCE:{e.Sequence.ToString(CultureInfo.InvariantCulture)}");
            Line($"DTSTAMP:{Utc(stamp)}");
            Line($"DTSTART:{Utc(e.StartsAt)}");
            Line($"DTEND:{Utc(e.EndsAt)}");
            Line($"SUMMARY:{Text(e.Summary)}");
            if (e.Location is not null) Line($"LOCATION:{Text(e.Location)}");
            if (e.Description is not null) Line($"DESCRIPTION:{Text(e.Description)}");
            if (e.Url is not null) Line($"URL:{e.Url.AbsoluteUri}");
            Line($"STATUS:{(e.Cancelled ? "CANCELLED" : "CONFIRMED")}");
            Line("TRANSP:OPAQUE");
            if (organizer is not null) Line($"ORGANIZER;CN={Parameter(organizer.Name)}:mailto:{organizer.Email}");
            if (attendee is not null)
                Line($"ATTENDEE;CN={Parameter(attendee.Name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:{attendee.Email}");
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return ics.ToString();
    }

    private static string Utc(DateTime instant) =>
        DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped, and control
    /// characters other than tab (which a TEXT value cannot hold) left out, even in text stored before.
    /// </summary>
    private static string Text(string value) => Infrastructure.Text.PlainText.Clean(value)
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>A quoted parameter value: double quotes and control characters cannot occur in one (RFC 5545 3.1).</summary>
    private static string Parameter(string value) =>
        $"\"{new string(value.Where(c => c != '"' && !char.IsControl(c)).ToArray())}\"";

    /// <summary>Appends <paramref name="line"/> folded into lines of at most 75 octets (RFC 5545 3.1), each ended by CRLF.</summary>
    private static void Fold(StringBuilder ics, string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > 75)
            {
                ics.Append("\r\n ");
                octets = 1; // the space that starts a continuation line counts
            }
            ics.Append(line, i, length);
            octets += size;
            i += length - 1;
        }
        ics.Append("\r\n");
    }
}
