namespace Platform.Features.Grants.Model;

internal enum ReminderStep
{
    /// <summary>Some days before the due date.</summary>
    BeforeDue,
    /// <summary>The day after the due date, when nothing has come.</summary>
    Overdue,
}
