using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Meetings;
using Platform.Features.Board.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Board.Bodies;

/// <summary>
/// A body's standard agenda (dagordningsmall): the items a new meeting of the body begins with. Every
/// new body gets the standard items (<see cref="StandardAgenda"/>); the office adds, changes, moves
/// and removes them.
/// </summary>
internal sealed class AgendaTemplates(TenantDb db, TimeProvider clock, AuditLog audit)
{
    public Task<List<AgendaTemplateItem>> ItemsAsync(Guid bodyId, CancellationToken ct) =>
        db.AgendaTemplateItems.AsNoTracking().Where(i => i.BodyId == bodyId).OrderBy(i => i.Order).ToListAsync(ct);

    /// <summary>The standard items for a body being added (saved with it).</summary>
    public void AddStandard(Guid bodyId) => db.AgendaTemplateItems.AddRange(StandardAgenda.For(bodyId, NewId));

    /// <summary>The standard items into an empty template (a body from before templates, or one the office emptied).</summary>
    public async Task<Outcome<List<AgendaTemplateItem>>> RestoreStandardAsync(Guid bodyId, CancellationToken ct)
    {
        if (await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bodyId, ct) is not { } body) return Outcomes.NotFound(BoardTexts.NoBody);
        if (await db.AgendaTemplateItems.AnyAsync(i => i.BodyId == bodyId, ct))
            return Outcomes.Conflict("Standarddagordningen har redan punkter. Ta bort dem först om du vill börja om från standardpunkterna.");
        var items = StandardAgenda.For(bodyId, NewId);
        db.AgendaTemplateItems.AddRange(items);
        await db.SaveChangesAsync(ct);
        await RecordAsync(body, "Standardpunkterna inlagda", ct);
        return Outcomes.Ok(items);
    }

    public async Task<Outcome<AgendaTemplateItem>> AddAsync(Guid bodyId, AgendaItemInput input, CancellationToken ct)
    {
        if (await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bodyId, ct) is not { } body) return Outcomes.NotFound(BoardTexts.NoBody);
        var errors = AgendaLines.Validate(input, out var title, out var description, out var proposal);
        if (errors.Any) return Outcomes.Invalid(errors);

        var lines = await db.AgendaTemplateItems.Where(i => i.BodyId == bodyId).ToListAsync(ct);
        var item = new AgendaTemplateItem { Id = NewId(), BodyId = bodyId, Title = title!, Description = description, ProposedDecision = proposal };
        AgendaLines.Insert(lines, item, input.Position);
        db.AgendaTemplateItems.Add(item);
        await db.SaveChangesAsync(ct);
        await RecordAsync(body, $"Punkten «{item.Title}» tillagd som nummer {item.Order}", ct);
        return Outcomes.Ok(item);
    }

    public async Task<Outcome<AgendaTemplateItem>> UpdateAsync(Guid itemId, AgendaItemInput input, CancellationToken ct)
    {
        var item = await db.AgendaTemplateItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Outcomes.NotFound(BoardTexts.NoTemplateItem);
        var errors = AgendaLines.Validate(input, out var title, out var description, out var proposal);
        if (errors.Any) return Outcomes.Invalid(errors);
        var before = item.Title;
        item.Title = title!;
        item.Description = description;
        item.ProposedDecision = proposal;
        await db.SaveChangesAsync(ct);
        await RecordAsync(await BodyAsync(item.BodyId, ct), before == item.Title ? $"Punkten «{item.Title}» ändrad" : $"Punkten «{before}» ändrad till «{item.Title}»", ct);
        return Outcomes.Ok(item);
    }

    public async Task<Outcome<AgendaTemplateItem>> MoveAsync(Guid itemId, AgendaMoveInput input, CancellationToken ct)
    {
        var item = await db.AgendaTemplateItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Outcomes.NotFound(BoardTexts.NoTemplateItem);
        var lines = await db.AgendaTemplateItems.Where(i => i.BodyId == item.BodyId).ToListAsync(ct);
        var errors = new FieldErrors();
        var from = AgendaLines.PositionOf(lines, item);
        if (AgendaLines.Target(input, from, lines.Count, errors) is not { } to) return Outcomes.Invalid(errors);
        if (to == from) return Outcomes.Ok(item);
        AgendaLines.Move(lines, item, to);
        await db.SaveChangesAsync(ct);
        await RecordAsync(await BodyAsync(item.BodyId, ct), $"Punkten «{item.Title}» flyttad från nummer {from} till {to}", ct);
        return Outcomes.Ok(item);
    }

    public async Task<Outcome<AgendaTemplateItem>> RemoveAsync(Guid itemId, CancellationToken ct)
    {
        var item = await db.AgendaTemplateItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Outcomes.NotFound(BoardTexts.NoTemplateItem);
        var lines = await db.AgendaTemplateItems.Where(i => i.BodyId == item.BodyId).ToListAsync(ct);
        AgendaLines.Remove(lines, item);
        db.AgendaTemplateItems.Remove(item);
        await db.SaveChangesAsync(ct);
        await RecordAsync(await BodyAsync(item.BodyId, ct), $"Punkten «{item.Title}» borttagen", ct);
        return Outcomes.Ok(item);
    }

    /// <summary>A new meeting's agenda from its body's template (saved with the meeting).</summary>
    public async Task<int> FillAsync(Meeting meeting, CancellationToken ct)
    {
        var template = await ItemsAsync(meeting.BodyId, ct);
        db.AgendaItems.AddRange(template.Select((t, i) => new AgendaItem
        {
            Id = NewId(),
            MeetingId = meeting.Id,
            Order = i + 1,
            Title = t.Title,
            Description = t.Description,
            ProposedDecision = t.ProposedDecision,
        }));
        return template.Count;
    }

    private Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow());

    private Task<Body> BodyAsync(Guid bodyId, CancellationToken ct) => db.Bodies.AsNoTracking().SingleAsync(b => b.Id == bodyId, ct);

    private Task RecordAsync(Body body, string detail, CancellationToken ct) =>
        audit.RecordAsync(AuditEvents.AgendaChanged, $"{body.Name}: standarddagordning", detail, ct);
}
