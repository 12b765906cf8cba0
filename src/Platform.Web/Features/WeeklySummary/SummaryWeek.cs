using System.Globalization;

namespace Platform.Features.WeeklySummary;

/// <summary>The week a summary is about: the Swedish calendar week (ISO 8601) that contains <see cref="Today"/>.</summary>
internal sealed record SummaryWeek(DateOnly Today)
{
    public int Year => ISOWeek.GetYear(Today.ToDateTime(TimeOnly.MinValue));
    public int Number => ISOWeek.GetWeekOfYear(Today.ToDateTime(TimeOnly.MinValue));
    public string Label => $"vecka {Number} {Year}";
}
