namespace Platform.Features.Shared;

/// <summary>Makes outcomes.</summary>
internal static class Outcomes
{
    public static Outcome<T> Ok<T>(T value) => new(OutcomeKind.Ok, value, null, null);

    public static Outcome<Done> Done() => Ok(default(Done));

    public static Failure NotFound(string message) => new(OutcomeKind.NotFound, null, message);

    public static Failure Conflict(string message) => new(OutcomeKind.Conflict, null, message);

    public static Failure Forbidden(string message) => new(OutcomeKind.Forbidden, null, message);

    public static Failure Invalid(FieldErrors errors) => new(OutcomeKind.Invalid, errors.ToDictionary(), FieldErrors.Title);

    /// <summary>One field error.</summary>
    public static Failure Invalid(string field, string message) =>
        new(OutcomeKind.Invalid, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] }, FieldErrors.Title);
}
