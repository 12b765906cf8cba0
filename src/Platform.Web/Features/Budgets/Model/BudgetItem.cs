namespace Platform.Features.Budgets.Model;

/// <summary>
/// A line of the budget as the association keeps it from year to year ("Styrelse", "Insatskatalogen",
/// "Medlemsavgift Sigtuna"): each year's version holds its amounts in a <see cref="BudgetRow"/>, and the
/// accounts of the accounting system are mapped to it once (<see cref="AccountMapping"/>).
/// </summary>
internal sealed class BudgetItem
{
    public Guid Id { get; init; }
    public BudgetGroup Group { get; set; }
    /// <summary>The "varav" heading it sums under within its group, e.g. "Medlemsavgift kommunerna" or "Styrelse och revision".</summary>
    public string? Heading { get; set; }
    /// <summary>Unique within its group.</summary>
    public required string Name { get; set; }
    public int Order { get; set; }
    /// <summary>A member contribution: the member party whose fee decision gives its amount.</summary>
    public Guid? MemberId { get; set; }
    /// <summary>An intervention's cost: the intervention of the register whose budget gives its amount.</summary>
    public Guid? InterventionId { get; set; }
    /// <summary>Salaries and the like: the plan's later years are indexed forward by the setting (+2 % a year in SUVS's paper) unless entered.</summary>
    public bool Indexed { get; set; }
    /// <summary>No longer offered for new budgets; earlier budgets and mappings keep it.</summary>
    public bool Retired { get; set; }
}
