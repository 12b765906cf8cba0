namespace Platform.Features.Grants.Model;

/// <summary>A reminder sent for a report: at most one per report and step (the unique key makes the job safe to repeat).</summary>
internal sealed class ReportReminder
{
    public Guid ReportId { get; init; }
    public ReminderStep Step { get; init; }
    public DateTime SentAt { get; init; }
}
