namespace Platform.Features.Shared;

/// <summary>How a use case ended.</summary>
internal enum OutcomeKind
{
    Ok,
    /// <summary>No such record in this association.</summary>
    NotFound,
    /// <summary>Field errors: nothing was changed.</summary>
    Invalid,
    /// <summary>The record's state forbids it (locked minutes, a taken § number, too early to take down).</summary>
    Conflict,
    /// <summary>This person may not (an adjustment by someone who is not an adjuster).</summary>
    Forbidden,
}
