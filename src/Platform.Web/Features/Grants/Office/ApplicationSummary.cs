using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Office;

/// <summary>A line of the office's list of applications.</summary>
internal sealed record ApplicationSummary(Guid Id, int Number, string Title, string Applicant, long Applied, ApplicationState State, DateTime? SubmittedAt)
{
    public string StateLabel => State.SwedishLabel();
}
