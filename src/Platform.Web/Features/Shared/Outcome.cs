namespace Platform.Features.Shared;

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
