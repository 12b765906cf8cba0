namespace Platform.Features.Budgets.Export;

/// <summary>One of the paper's two tables: its caption and its rows (<see cref="Start"/>, <see cref="Count"/> in <see cref="BudgetPaper.Rows"/>).</summary>
internal sealed record PaperTable(string Caption, int Start, int Count);
