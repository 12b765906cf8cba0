using Platform.Features.Board;
using Platform.Features.Interventions;

namespace Platform.Features.Budgets.MemberReports;

/// <summary>What the annual report to a member says: what it paid, the interventions that served it with their figures (null: no follow-up in the platform), the board's main decisions.</summary>
internal sealed record MemberReportContent(
    string Association,
    string Member,
    bool Municipality,
    int Year,
    long Paid,
    IReadOnlyList<(MemberInterventions.Item Intervention, InterventionFigures.Period? Figures)> Interventions,
    IReadOnlyList<BoardDecision> Decisions,
    DateOnly MadeOn);
