using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Meetings;
using Platform.Features.Board.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Board.Bodies;

/// <summary>
/// A body's standard agenda: the items each new meeting of the body begins with. The office adds,
/// changes, moves and removes them; without JavaScript, <c>?andra=</c> opens an item's form and
/// <c>?taBort=</c> asks before removing it.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class TemplateModel(AgendaTemplates templates, TenantDb db) : BoardPageModel
{
    public Body Body { get; private set; } = null!;
    public IReadOnlyList<AgendaTemplateItem> Items { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "andra")] public Guid? EditItemId { get; set; }
    [BindProperty(SupportsGet = true, Name = "taBort")] public Guid? RemoveItemId { get; set; }

    public AgendaItemInput NewItem { get; set; } = new();
    public AgendaItemInput EditItem { get; set; } = new();

    /// <summary>The edit form's values: what was posted, or the item as it is.</summary>
    public AgendaItemInput EditFormOf(AgendaTemplateItem item) =>
        EditItem.Title is not null || !ModelState.IsValid ? EditItem : new AgendaItemInput { Title = item.Title, Description = item.Description, ProposedDecision = item.ProposedDecision };

    /// <summary>Where a new item goes unless the office chooses: before the standard closing items.</summary>
    public int DefaultPosition => NewItem.Position ?? AgendaLines.DefaultPosition(Items);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is not { } body) return false;
        Body = body;
        Items = await templates.ItemsAsync(id, ct);
        return true;
    }

    /// <summary>An admin's change to a body of this association (404 for any other), answered back at the list (or the item).</summary>
    private async Task<IActionResult> AdminAsync<T>(Guid id, string prefix, string done, Func<Task<Outcome<T>>> action, Func<T, string> fragment, CancellationToken ct)
    {
        if (!await db.Bodies.AnyAsync(b => b.Id == id, ct)) return NotFound();
        if (!IsAdmin) return Forbid();
        var outcome = await action();
        var answer = await AnswerAsync(outcome, prefix, done, () => LoadAsync(id, ct));
        if (answer is RedirectToPageResult redirect) redirect.Fragment = fragment(outcome.Value!);
        return answer;
    }

    public Task<IActionResult> OnPostAddAsync(Guid id, [Bind(Prefix = nameof(NewItem))] AgendaItemInput input, CancellationToken ct)
    {
        NewItem = input;
        return AdminAsync(id, nameof(NewItem), "mall-punkt", () => templates.AddAsync(id, input, ct), i => $"punkt-{i.Id}", ct);
    }

    public Task<IActionResult> OnPostEditAsync(Guid id, Guid itemId, [Bind(Prefix = nameof(EditItem))] AgendaItemInput input, CancellationToken ct)
    {
        EditItemId = itemId;
        EditItem = input;
        return AdminAsync(id, nameof(EditItem), "mall-punkt-andrad", () => InBodyAsync(id, itemId, () => templates.UpdateAsync(itemId, input, ct), ct), i => $"punkt-{i.Id}", ct);
    }

    public Task<IActionResult> OnPostMoveAsync(Guid id, Guid itemId, string? direction, CancellationToken ct) =>
        AdminAsync(id, nameof(NewItem), "mall-punkt-flyttad", () => InBodyAsync(id, itemId, () => templates.MoveAsync(itemId, new AgendaMoveInput { Direction = direction }, ct), ct), i => $"punkt-{i.Id}", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid itemId, CancellationToken ct) =>
        AdminAsync(id, nameof(NewItem), "mall-punkt-borttagen", () => InBodyAsync(id, itemId, () => templates.RemoveAsync(itemId, ct), ct), _ => "mall", ct);

    public Task<IActionResult> OnPostStandardAsync(Guid id, CancellationToken ct) =>
        AdminAsync(id, nameof(NewItem), "mall-standard", () => templates.RestoreStandardAsync(id, ct), _ => "mall", ct);

    /// <summary>Only an item of the body in the address: another body's item is not found here.</summary>
    private async Task<Outcome<AgendaTemplateItem>> InBodyAsync(Guid bodyId, Guid itemId, Func<Task<Outcome<AgendaTemplateItem>>> action, CancellationToken ct) =>
        await db.AgendaTemplateItems.AnyAsync(i => i.Id == itemId && i.BodyId == bodyId, ct) ? await action() : Outcomes.NotFound(BoardTexts.NoTemplateItem);
}
