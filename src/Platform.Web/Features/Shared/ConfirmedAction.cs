namespace Platform.Features.Shared;

/// <summary>
/// A delete or revoke that asks first (<c>&lt;confirmed-action&gt;</c>, Infrastructure.Web.Forms.ConfirmedActionTagHelper): the button opens the question, and only
/// "Ja, …" posts. Works without JavaScript and by keyboard (a <c>details</c> element).
/// </summary>
/// <param name="Handler">The page handler that does it.</param>
/// <param name="Label">The button, e.g. "Ta bort".</param>
/// <param name="Subject">What it is done to, read after the label by a screen reader ("ärendet Övriga frågor").</param>
/// <param name="Question">The question, e.g. "Vill du ta bort ärendet Övriga frågor?".</param>
/// <param name="Confirm">The confirming button, e.g. "Ja, ta bort ärendet".</param>
/// <param name="Fields">The hidden fields the handler needs (name, value).</param>
/// <param name="Consequence">What follows, when it is not obvious ("Handlingarna blir kvar på sammanträdet.").</param>
internal sealed record ConfirmedAction(string Handler, string Label, string Subject, string Question, string Confirm, IReadOnlyList<(string Name, string Value)> Fields, string? Consequence = null);
