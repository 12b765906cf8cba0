namespace Platform.Features.Budgets.Outcome;

/// <summary>A result account with amounts that no budget line takes: its total in kronor, signed as in the file.</summary>
internal sealed record UnmappedAccount(string Account, string Name, long Kronor);
