namespace Platform.Features.Fees.Model;

/// <summary>How and when the association invoices its members, and what its invoices say about it.</summary>
internal sealed class FeeSettings
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;
    public InvoiceSchedule Schedule { get; set; } = InvoiceSchedule.Quarterly;
    /// <summary>The day of the period's first month the invoices are dated and sent (1–28).</summary>
    public int InvoiceDay { get; set; } = 15;
    public int DaysToPay { get; set; } = 30;
    /// <summary>Moms in percent; membership fees are outside VAT, so 0.</summary>
    public int VatPercent { get; set; }
    /// <summary>A reminder goes this many days after the due date, and again as many days later for the next level.</summary>
    public int ReminderDays { get; set; } = 10;
    /// <summary>How many reminders at most (0 = none).</summary>
    public int ReminderLevels { get; set; } = 2;
    public JoinLeaveRule JoinLeaveRule { get; set; } = JoinLeaveRule.ProRataMonths;
    public int FirstInvoiceNumber { get; set; } = 1001;
    public string? OrganisationNumber { get; set; }
    /// <summary>Shown as 123-4567 or 1234-5678.</summary>
    public string? Bankgiro { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }

    /// <summary>What must be filled in before the first invoice: the fields invoices cannot do without.</summary>
    public bool CanInvoice => OrganisationNumber is not null && Bankgiro is not null && Street is not null && PostalCode is not null && City is not null;
}
