using Platform.Features.Budgets.Outcome;

namespace Platform.Features.Budgets.FollowUp;

/// <summary>The year's budget against its outcome and forecast to the end of <see cref="Month"/>.</summary>
/// <param name="Imports">The files the outcome comes from ("2022-01-01–2022-12-31, inläst 2023-02-01 av …").</param>
internal sealed record BudgetFollowUp(
    int Year,
    int Month,
    int Version,
    string State,
    IReadOnlyList<FollowUpLine> Lines,
    IReadOnlyList<FollowUpGroup> Groups,
    FollowUpFigures Income,
    FollowUpFigures Costs,
    FollowUpFigures Result,
    FollowUpBalance Balance,
    IReadOnlyList<UnmappedAccount> Unmapped,
    IReadOnlyList<string> Imports);
