namespace Platform.Features.Budgets.Plan;

/// <summary>The budget's pages: forms answered with the budget's confirmations.</summary>
internal abstract class PlanPageModel : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => PlanTexts.Confirmations;
}
