using Microsoft.AspNetCore.Mvc;
using Platform.Features.Board.Model;

namespace Platform.Features.Board.Meetings;

/// <summary>
/// The agenda (_MeetingAgenda): add, change, move and remove items. Without JavaScript: an item's
/// edit form and the "are you sure" before removing it are the same page with <c>?andra=</c> or
/// <c>?taBort=</c>. After a change the page comes back to the agenda (to the item that moved or
/// changed), and focus goes there.
/// </summary>
internal sealed partial class MeetingModel
{
    /// <summary>The agenda item whose edit form is open.</summary>
    [BindProperty(SupportsGet = true, Name = "andra")] public Guid? EditItemId { get; set; }

    /// <summary>The agenda item asked to be removed: its confirmation is shown.</summary>
    [BindProperty(SupportsGet = true, Name = "taBort")] public Guid? RemoveItemId { get; set; }

    public AgendaItemInput EditAgenda { get; set; } = new();

    /// <summary>The edit form's values: what was posted, or the item as it is.</summary>
    public AgendaItemInput EditFormOf(AgendaItem item) =>
        EditAgenda.Title is not null || !ModelState.IsValid ? EditAgenda : new AgendaItemInput { Title = item.Title, Description = item.Description, ProposedDecision = item.ProposedDecision };

    /// <summary>Where a new item goes unless the office chooses: before the standard closing items.</summary>
    public int DefaultAgendaPosition => Agenda.Position ?? AgendaLines.DefaultPosition(Record.Agenda);

    public async Task<IActionResult> OnPostAgendaAsync(Guid id, [Bind(Prefix = nameof(Agenda))] AgendaItemInput agenda, CancellationToken ct)
    {
        Agenda = agenda;
        return await AdminAsync(id, nameof(Agenda), "arende", () => meetings.AddAgendaItemAsync(id, agenda, ct), ct);
    }

    public async Task<IActionResult> OnPostEditAgendaAsync(Guid id, Guid itemId, [Bind(Prefix = nameof(EditAgenda))] AgendaItemInput input, CancellationToken ct)
    {
        EditItemId = itemId;
        EditAgenda = input;
        return await AdminAsync(id, nameof(EditAgenda), "arende-andrat", () => meetings.UpdateAgendaItemAsync(itemId, input, ct), ct);
    }

    /// <summary>One step up or down (the button pressed says which); the page comes back to the item, so the next press is one Tab away.</summary>
    public async Task<IActionResult> OnPostMoveAgendaAsync(Guid id, Guid itemId, string? direction, CancellationToken ct) =>
        Section(await AdminAsync(id, nameof(Agenda), "arende-flyttat", () => meetings.MoveAgendaItemAsync(itemId, new AgendaMoveInput { Direction = direction }, ct), ct), $"arende-{itemId}");

    /// <summary>The confirmed removal (the confirmation is <c>?taBort=</c>).</summary>
    public async Task<IActionResult> OnPostRemoveAgendaAsync(Guid id, Guid itemId, CancellationToken ct) =>
        await AdminAsync(id, nameof(Agenda), "arende-borttaget", () => meetings.RemoveAgendaItemAsync(itemId, ct), ct);

    /// <summary>
    /// After a move, back to the item itself rather than to the agenda's confirmation (SectionOf), so
    /// that a keyboard user's next press of "Flytta upp" is one Tab away.
    /// </summary>
    private static IActionResult Section(IActionResult answer, string fragment)
    {
        if (answer is RedirectToPageResult redirect) redirect.Fragment = fragment;
        return answer;
    }
}
