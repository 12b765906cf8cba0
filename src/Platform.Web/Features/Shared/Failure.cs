namespace Platform.Features.Shared;

/// <summary>A failed outcome of any type, so that a use case can write <c>return Outcomes.NotFound("…")</c>.</summary>
internal sealed record Failure(OutcomeKind Kind, IReadOnlyDictionary<string, string[]>? Errors, string? Message);
