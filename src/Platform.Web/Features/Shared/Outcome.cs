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

/// <summary>
/// What a use case did, the one result type of every feature: the API turns it into a typed HTTP
/// result (<see cref="Answers"/>), the pages into field errors and notices (<see cref="FormPageModel"/>).
/// Messages are Swedish and name no other association.
/// </summary>
internal sealed record Outcome<T>(OutcomeKind Kind, T? Value, IReadOnlyDictionary<string, string[]>? Errors, string? Message)
{
    public bool Succeeded => Kind == OutcomeKind.Ok;

    /// <summary>The field of the first error, for a page that shows one message beside one field.</summary>
    public string? Field => Errors?.Keys.FirstOrDefault();

    /// <summary>What to tell the person: the first field error, or the reason of a refusal.</summary>
    public string? Problem => Kind == OutcomeKind.Invalid ? Errors?.Values.FirstOrDefault()?.FirstOrDefault() ?? Message : Message;

    /// <summary>The same failure as another type's, or the value turned into another when it succeeded.</summary>
    public Outcome<TOther> Select<TOther>(Func<T, TOther> select) =>
        Succeeded ? new(OutcomeKind.Ok, select(Value!), null, null) : new(Kind, default, Errors, Message);

    public static implicit operator Outcome<T>(Failure failure) => new(failure.Kind, default, failure.Errors, failure.Message);
}

/// <summary>A failed outcome of any type, so that a use case can write <c>return Outcomes.NotFound("…")</c>.</summary>
internal sealed record Failure(OutcomeKind Kind, IReadOnlyDictionary<string, string[]>? Errors, string? Message);

/// <summary>The value of a use case that has nothing to return but that it was done.</summary>
internal readonly record struct Done;

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
