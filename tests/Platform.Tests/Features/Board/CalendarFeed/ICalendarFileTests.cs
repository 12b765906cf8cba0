using Platform.Features.Board.CalendarFeed;
using IcalCalendar = Ical.Net.Calendar;

namespace Platform.Tests.Features.Board.CalendarFeed;

/// <summary>The iCalendar writer, whatever text a meeting was stored with.</summary>
public sealed class ICalendarFileTests
{
    [Fact]
    public void Control_characters_stored_in_a_meetings_text_are_left_out_of_the_calendar_and_line_breaks_are_escaped()
    {
        // A vertical tab pasted from Word (text stored before the edge cleaned it) cannot stand in an iCalendar TEXT value.
        var meeting = new CalendarEvent("möte-1@test", 0, new DateTime(2026, 12, 10, 12, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 10, 14, 0, 0, DateTimeKind.Utc),
            "Styrelsen\u0007", "Kommunhuset\vrum 612", "Dagordning:\r\n1. Öppnande\u0000", null, Cancelled: false);

        var ics = ICalendarFile.Write(ICalendarFile.Publish, [meeting], new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), calendarName: "Sammanträden\u001b");

        Assert.DoesNotContain(ics, c => char.IsControl(c) && c is not '\r' and not '\n');
        var calendar = IcalCalendar.Load(ics);
        var read = Assert.Single(calendar!.Events);
        Assert.Equal("Kommunhuset\nrum 612", read.Location);
        Assert.Equal("Dagordning:\n1. Öppnande", read.Description);
        Assert.Equal("Styrelsen", read.Summary);
    }
}
