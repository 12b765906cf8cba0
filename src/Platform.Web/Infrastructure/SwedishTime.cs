using System.Globalization;

namespace Platform.Infrastructure;

/// <summary>
/// Sweden's clock and calendar: instants are stored in UTC, and shown, scheduled and turned into
/// dates in Swedish time (Europe/Stockholm, summer and winter) with Swedish formatting.
/// </summary>
internal static class SwedishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>Today's date in Sweden.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>A stored UTC instant as Swedish time, e.g. "2026-11-23 10:15"; "–" when there is none.</summary>
    public static string Format(DateTime? utc) => utc is { } value
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), Zone).ToString("yyyy-MM-dd HH:mm", Culture)
        : "–";

    /// <summary>A stored UTC instant as Swedish wall-clock time.</summary>
    public static DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The Swedish date of a stored UTC instant: the day a meeting is held on.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>A Swedish date and wall-clock time as a UTC instant (a time skipped by the spring change moves forward).</summary>
    public static DateTime ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    /// <summary>A stored UTC instant's Swedish wall-clock time as Språkrådet writes it: "kl. 07.00".</summary>
    public static string Clock(DateTime utc) => "kl. " + Local(utc).ToString("HH.mm", Culture);
}
