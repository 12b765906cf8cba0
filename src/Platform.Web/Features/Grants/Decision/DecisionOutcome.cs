namespace Platform.Features.Grants.Decision;

/// <summary>What the board decided.</summary>
internal enum DecisionOutcome
{
    /// <summary>Bevilja (the whole or a part of what was applied for).</summary>
    Grant,
    /// <summary>Avslå.</summary>
    Reject,
}
