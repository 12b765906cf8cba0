namespace Platform.Features.Budgets.Export;

/// <summary>A row a sum row adds (sign 1) or subtracts (sign −1), by its index in <see cref="BudgetPaper.Rows"/>.</summary>
internal sealed record PaperTerm(int Row, int Sign = 1);
