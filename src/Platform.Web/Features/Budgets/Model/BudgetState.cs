namespace Platform.Features.Budgets.Model;

/// <summary>Where one version of a year's budget stands.</summary>
internal enum BudgetState
{
    /// <summary>Förslag: the office edits it.</summary>
    Proposal,
    /// <summary>Fastställd by the board (a revision, version 2 and on, reads "reviderad"); its budget and plan are locked, its forecast is not.</summary>
    Adopted,
    /// <summary>An adopted version a later adopted revision replaced: kept as it was, read only.</summary>
    Replaced,
}
