namespace Platform.Features.Shared;

/// <summary>
/// The failures an endpoint declares it can give, read as "answer OK, or invalid, or not found":
/// <c>outcome.Answer(Or.Invalid, Or.NotFound)</c>. The overload chosen is the endpoint's typed
/// result, so the OpenAPI document lists exactly those responses.
/// </summary>
internal static class Or
{
    public static readonly InvalidFields Invalid = new();
    public static readonly MissingRecord NotFound = new();
    public static readonly StateConflict Conflict = new();
    public static readonly NotAllowed Forbidden = new();

    internal sealed class InvalidFields;
    internal sealed class MissingRecord;
    internal sealed class StateConflict;
    internal sealed class NotAllowed;
}
