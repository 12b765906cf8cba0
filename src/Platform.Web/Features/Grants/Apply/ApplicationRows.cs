using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Apply;

/// <summary>The rows an application's form makes besides the application itself; saving replaces the old ones.</summary>
internal sealed record ApplicationRows(List<ApplicationParty> Parties, List<SectionAnswer> Answers, List<ApplicationGoal> Goals, List<BudgetLine> Budget);
