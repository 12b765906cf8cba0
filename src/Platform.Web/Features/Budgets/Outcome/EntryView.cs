namespace Platform.Features.Budgets.Outcome;

/// <summary>A month's outcome entered by hand.</summary>
internal sealed record EntryView(Guid Id, Guid ItemId, string ItemName, int Year, int Month, long Amount, string? Note, DateTime EnteredAt, string EnteredBy);
