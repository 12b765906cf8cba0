namespace Platform.Features.Budgets.Model;

/// <summary>
/// The groups of the budget, in the order of SUVS's paper: three of income, then three of costs.
/// Their names are the API's stable codes (camelCase).
/// </summary>
internal enum BudgetGroup
{
    /// <summary>Medlemsavgifter: one line per member party, from the fee decision when there is one.</summary>
    MemberContributions,
    /// <summary>Bidrag, such as ESF money per project (a forecast: ESF pays on reported hours).</summary>
    Grants,
    /// <summary>Övriga intäkter.</summary>
    OtherIncome,
    /// <summary>Insatser: one line per intervention of the register, plus a reserve for new ones.</summary>
    Interventions,
    /// <summary>Stöd för samverkan: one line per activity.</summary>
    Cooperation,
    /// <summary>Administrativa kostnader: board, audit, office, accounting support, information, contingency.</summary>
    Administration,
}
