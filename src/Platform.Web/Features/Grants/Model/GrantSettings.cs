namespace Platform.Features.Grants.Model;

/// <summary>The association's settings for funding applications (one row).</summary>
internal sealed class GrantSettings
{
    public const int SingleId = 1;
    public int Id { get; init; } = SingleId;
    /// <summary>What the form says before the applicant starts (the association's own words).</summary>
    public string? Introduction { get; set; }
    /// <summary>A report is due this many days after its period ends (the decision may change each date).</summary>
    public int ReportDueDays { get; set; } = 45;
    /// <summary>The reminder goes out this many days before the due date.</summary>
    public int ReminderDaysBefore { get; set; } = 14;
}
