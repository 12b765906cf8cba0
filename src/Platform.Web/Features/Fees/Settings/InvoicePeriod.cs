using System.Globalization;
using Platform.Features.Fees.Model;

namespace Platform.Features.Fees.Settings;

/// <summary>One invoicing period of a year: a quarter, a half-year or the whole year.</summary>
internal sealed record InvoicePeriod(int Year, int Number, InvoiceSchedule Schedule, DateOnly Start, DateOnly End)
{
    /// <summary>"2026-Q1", "2026-H2" or "2026".</summary>
    public string Key => Schedule switch
    {
        InvoiceSchedule.Quarterly => $"{Year}-Q{Number}",
        InvoiceSchedule.HalfYearly => $"{Year}-H{Number}",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"Medlemsavgift 2026, kvartal 1".</summary>
    public string Text => Schedule switch
    {
        InvoiceSchedule.Quarterly => $"Medlemsavgift {Year}, kvartal {Number}",
        InvoiceSchedule.HalfYearly => $"Medlemsavgift {Year}, halvår {Number}",
        _ => $"Medlemsavgift {Year}",
    };

    public IEnumerable<int> Months => Enumerable.Range(Start.Month, End.Month - Start.Month + 1);

    public DateOnly InvoiceDate(FeeSettings settings) => new(Year, Start.Month, settings.InvoiceDay);

    /// <summary>The first period invoiced after <paramref name="today"/>: later this year, or the first of next year.</summary>
    public static InvoicePeriod NextAfter(DateOnly today, FeeSettings settings) =>
        Of(today.Year, settings.Schedule).FirstOrDefault(p => p.InvoiceDate(settings) > today) ?? Of(today.Year + 1, settings.Schedule)[0];

    public static IReadOnlyList<InvoicePeriod> Of(int year, InvoiceSchedule schedule)
    {
        var months = schedule switch { InvoiceSchedule.Quarterly => 3, InvoiceSchedule.HalfYearly => 6, _ => 12 };
        return Enumerable.Range(0, 12 / months).Select(i =>
        {
            var start = new DateOnly(year, i * months + 1, 1);
            return new InvoicePeriod(year, i + 1, schedule, start, start.AddMonths(months).AddDays(-1));
        }).ToList();
    }
}
