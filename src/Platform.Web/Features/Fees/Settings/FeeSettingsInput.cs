namespace Platform.Features.Fees.Settings;

internal sealed class FeeSettingsInput
{
    /// <summary>Yearly, HalfYearly or Quarterly.</summary>
    public string? Schedule { get; set; }
    public int? InvoiceDay { get; set; }
    public int? DaysToPay { get; set; }
    public int? VatPercent { get; set; }
    public int? ReminderDays { get; set; }
    public int? ReminderLevels { get; set; }
    /// <summary>ProRataMonths or WholeYear.</summary>
    public string? JoinLeaveRule { get; set; }
    public int? FirstInvoiceNumber { get; set; }
    public string? OrganisationNumber { get; set; }
    public string? Bankgiro { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
}
