namespace Platform.Features.Budgets.Sheet;

/// <summary>Where a line's amounts come from in a budget that is not yet adopted (an adopted one keeps what it was adopted with).</summary>
internal enum LineSource
{
    /// <summary>Entered in the budget.</summary>
    Entered,
    /// <summary>The member's fee decision for the year, when there is one.</summary>
    FeeDecision,
    /// <summary>The intervention's budget in the register, when it has one for the year.</summary>
    Intervention,
    /// <summary>The plan's later years grow by the salary index unless entered.</summary>
    Indexed,
}
