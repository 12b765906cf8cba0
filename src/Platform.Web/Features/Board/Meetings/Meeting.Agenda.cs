using Microsoft.AspNetCore.Mvc;

namespace Platform.Features.Board.Meetings;

/// <summary>The agenda (_MeetingAgenda).</summary>
internal sealed partial class MeetingModel
{
    public Task<IActionResult> OnPostAgendaAsync(Guid id, [Bind(Prefix = nameof(Agenda))] AgendaItemInput agenda, CancellationToken ct)
    {
        Agenda = agenda;
        return AdminAsync(id, nameof(Agenda), "arende", () => meetings.AddAgendaItemAsync(id, agenda, ct), ct);
    }

    public Task<IActionResult> OnPostRemoveAgendaAsync(Guid id, Guid itemId, CancellationToken ct) =>
        AdminAsync(id, nameof(Agenda), "arende-borttaget", () => meetings.RemoveAgendaItemAsync(itemId, ct), ct);
}
