namespace Platform.Features.Budgets.Outcome;

/// <summary>An account seen in an import (or mapped before any): its name, its total in the counting imports (kronor, signed as in the books), and the line it is mapped to.</summary>
internal sealed record AccountRow(string Account, string Name, long Total, Guid? ItemId, string? ItemName);
