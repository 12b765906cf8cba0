using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Features.Shared;

/// <summary>
/// The one way an outcome becomes an HTTP answer: 200 or 201 with the value, 400 with the field
/// errors, and ProblemDetails with a Swedish detail for 404, 409 and 403. A use case that ends in a
/// failure its endpoint did not declare is a bug, not an answer: <see cref="UnreachableException"/>.
/// </summary>
internal static class Answers
{
    public static NotFoundProblem NotFound(string message) => new(message);

    public static ConflictProblem Conflict(string message) => new(message);

    public static ForbiddenProblem Forbidden(string message) => new(message);

    public static ValidationProblem Invalid(string field, string message, string title = FieldErrors.Title) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: title);

    public static ValidationProblem Invalid(FieldErrors errors) => TypedResults.ValidationProblem(errors.ToDictionary(), title: FieldErrors.Title);

    private static ValidationProblem Invalid<T>(Outcome<T> outcome) => TypedResults.ValidationProblem(outcome.Errors!, title: outcome.Message);

    private static UnreachableException Undeclared<T>(Outcome<T> outcome) =>
        new($"The endpoint does not declare the outcome {outcome.Kind} ({outcome.Message}); add it to its answer.");

    // The shapes the endpoints use, for OK and for Created (order: Invalid, NotFound, Conflict, Forbidden). The marker
    // parameters only choose the overload.
#pragma warning disable IDE0060

    public static Results<Ok<T>, ValidationProblem> Answer<T>(this Outcome<T> outcome, Or.InvalidFields invalid) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.Invalid => Invalid(outcome),
        _ => throw Undeclared(outcome),
    };

    public static Results<Created<T>, ValidationProblem> Created<T>(this Outcome<T> outcome, Func<T, string> location, Or.InvalidFields invalid) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Created(location(outcome.Value!), outcome.Value),
        OutcomeKind.Invalid => Invalid(outcome),
        _ => throw Undeclared(outcome),
    };

    public static Results<Ok<T>, NotFoundProblem> Answer<T>(this Outcome<T> outcome, Or.MissingRecord notfound) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.NotFound => NotFound(outcome.Message!),
        _ => throw Undeclared(outcome),
    };

    public static Results<Ok<T>, ValidationProblem, NotFoundProblem> Answer<T>(this Outcome<T> outcome, Or.InvalidFields invalid, Or.MissingRecord notfound) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.Invalid => Invalid(outcome),
        OutcomeKind.NotFound => NotFound(outcome.Message!),
        _ => throw Undeclared(outcome),
    };

    public static Results<Created<T>, ValidationProblem, NotFoundProblem> Created<T>(this Outcome<T> outcome, Func<T, string> location, Or.InvalidFields invalid, Or.MissingRecord notfound) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Created(location(outcome.Value!), outcome.Value),
        OutcomeKind.Invalid => Invalid(outcome),
        OutcomeKind.NotFound => NotFound(outcome.Message!),
        _ => throw Undeclared(outcome),
    };

    public static Results<Ok<T>, ValidationProblem, ConflictProblem> Answer<T>(this Outcome<T> outcome, Or.InvalidFields invalid, Or.StateConflict conflict) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.Invalid => Invalid(outcome),
        OutcomeKind.Conflict => Conflict(outcome.Message!),
        _ => throw Undeclared(outcome),
    };

    public static Results<Created<T>, ValidationProblem, ConflictProblem> Created<T>(this Outcome<T> outcome, Func<T, string> location, Or.InvalidFields invalid, Or.StateConflict conflict) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Created(location(outcome.Value!), outcome.Value),
        OutcomeKind.Invalid => Invalid(outcome),
        OutcomeKind.Conflict => Conflict(outcome.Message!),
        _ => throw Undeclared(outcome),
    };

    public static Results<Ok<T>, NotFoundProblem, ConflictProblem> Answer<T>(this Outcome<T> outcome, Or.MissingRecord notfound, Or.StateConflict conflict) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.NotFound => NotFound(outcome.Message!),
        OutcomeKind.Conflict => Conflict(outcome.Message!),
        _ => throw Undeclared(outcome),
    };

    public static Results<Created<T>, NotFoundProblem, ConflictProblem> Created<T>(this Outcome<T> outcome, Func<T, string> location, Or.MissingRecord notfound, Or.StateConflict conflict) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Created(location(outcome.Value!), outcome.Value),
        OutcomeKind.NotFound => NotFound(outcome.Message!),
        OutcomeKind.Conflict => Conflict(outcome.Message!),
        _ => throw Undeclared(outcome),
    };

    public static Results<Ok<T>, ValidationProblem, NotFoundProblem, ConflictProblem> Answer<T>(this Outcome<T> outcome, Or.InvalidFields invalid, Or.MissingRecord notfound, Or.StateConflict conflict) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.Invalid => Invalid(outcome),
        OutcomeKind.NotFound => NotFound(outcome.Message!),
        OutcomeKind.Conflict => Conflict(outcome.Message!),
        _ => throw Undeclared(outcome),
    };

    public static Results<Created<T>, ValidationProblem, NotFoundProblem, ConflictProblem> Created<T>(this Outcome<T> outcome, Func<T, string> location, Or.InvalidFields invalid, Or.MissingRecord notfound, Or.StateConflict conflict) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Created(location(outcome.Value!), outcome.Value),
        OutcomeKind.Invalid => Invalid(outcome),
        OutcomeKind.NotFound => NotFound(outcome.Message!),
        OutcomeKind.Conflict => Conflict(outcome.Message!),
        _ => throw Undeclared(outcome),
    };

    public static Results<Ok<T>, NotFoundProblem, ConflictProblem, ForbiddenProblem> Answer<T>(this Outcome<T> outcome, Or.MissingRecord notfound, Or.StateConflict conflict, Or.NotAllowed forbidden) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.NotFound => NotFound(outcome.Message!),
        OutcomeKind.Conflict => Conflict(outcome.Message!),
        OutcomeKind.Forbidden => Forbidden(outcome.Message!),
        _ => throw Undeclared(outcome),
    };

    public static Results<Ok<T>, ValidationProblem, NotFoundProblem, ConflictProblem, ForbiddenProblem> Answer<T>(this Outcome<T> outcome, Or.InvalidFields invalid, Or.MissingRecord notfound, Or.StateConflict conflict, Or.NotAllowed forbidden) => outcome.Kind switch
    {
        OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
        OutcomeKind.Invalid => Invalid(outcome),
        OutcomeKind.NotFound => NotFound(outcome.Message!),
        OutcomeKind.Conflict => Conflict(outcome.Message!),
        OutcomeKind.Forbidden => Forbidden(outcome.Message!),
        _ => throw Undeclared(outcome),
    };

#pragma warning restore IDE0060
}
