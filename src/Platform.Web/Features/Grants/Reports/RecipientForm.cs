using Platform.Features.Grants.Model;
using Platform.Features.Interventions;

namespace Platform.Features.Grants.Reports;

/// <summary>
/// What the recipient's form shows: the grant and the period, the office's comment when it was sent back,
/// the figures from the follow-up (read only) or none (typed), the reasons for ending, and the cost types
/// with the year's budget.
/// </summary>
internal sealed record RecipientForm(
    string Title, int Number, ReportKind Kind, int Year, DateOnly PeriodStart, DateOnly PeriodEnd, DateOnly DueOn, string? ReturnComment,
    InterventionFigures.Period? FollowUp, IReadOnlyList<InterventionFigures.Reason> Reasons, IReadOnlyList<ReportDetail.CostRow> Costs, ReportInput Saved);
