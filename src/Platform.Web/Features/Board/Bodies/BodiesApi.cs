using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Meetings;
using Platform.Features.Board.Model;
using Platform.Persistence;

namespace Platform.Features.Board.Bodies;

/// <summary>The API of bodies, their seats and numbering, and the people who sit on them. Admins write; everyone of the association reads.</summary>
internal static class BodiesApi
{
    public static RouteGroupBuilder MapBodiesApi(this RouteGroupBuilder api)
    {
        var bodies = api.MapGroup("").WithTags("Bodies");
        bodies.MapGet("bodies", async (BodyRegister r, CancellationToken ct) => TypedResults.Ok(await r.BodiesAsync(ct)))
            .Reads("The association's bodies (styrelse, beredningsgrupp, medlemssamråd, styrgrupp, others).");
        bodies.MapPost("bodies", async (BodyInput input, BodyRegister r, CancellationToken ct) => (await r.SaveBodyAsync(null, input, ct)).Created(b => $"/api/bodies/{b.Id}", Or.Invalid))
            .Writes("Adds a body. Kind: Board, PreparatoryGroup, MembersCouncil, SteeringGroup or Other.");
        bodies.MapPut("bodies/{id:guid}", async (Guid id, BodyInput input, BodyRegister r, CancellationToken ct) => (await r.SaveBodyAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Renames a body or changes its kind.");
        bodies.MapGet("bodies/{id:guid}/seats", async Task<Results<Ok<List<Seat>>, NotFoundProblem>> (Guid id, BodyRegister r, TenantDb db, CancellationToken ct) =>
                await db.Bodies.AnyAsync(b => b.Id == id, ct) ? TypedResults.Ok(await r.SeatsAsync(id, ct)) : Answers.NotFound(BoardTexts.NoBody))
            .Reads("The seats of a body: members and substitutes, chair and vice chair, terms, the order substitutes are called in.");
        bodies.MapPost("bodies/{id:guid}/seats", async (Guid id, SeatInput input, BodyRegister r, CancellationToken ct) => (await r.AddSeatAsync(id, input, ct)).Created(_ => $"/api/bodies/{id}/seats", Or.Invalid, Or.NotFound))
            .Writes("Adds a seat: Kind Member or Substitute, Position None, Chair or ViceChair, the member party, the term.");
        bodies.MapDelete("seats/{id:guid}", async (Guid id, BodyRegister r, CancellationToken ct) => (await r.RemoveSeatAsync(id, ct)).Answer(Or.NotFound))
            .Writes("Removes a seat.");
        bodies.MapPut("bodies/{id:guid}/numbering", async (Guid id, NumberingInput input, BodyRegister r, CancellationToken ct) => (await r.SetNumberingAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Where the body's § numbers start in a year (Insjöriket's § 1100); later paragraphs continue from the last number used.");
        bodies.MapGet("contacts", async (BodyRegister r, CancellationToken ct) => TypedResults.Ok(await r.ContactsAsync(ct)))
            .Reads("The people who sit on or serve the association's bodies, with contact details.");
        bodies.MapPost("contacts", async (ContactInput input, BodyRegister r, CancellationToken ct) => (await r.SaveContactAsync(null, input, ct)).Created(c => $"/api/contacts/{c.Id}", Or.Invalid))
            .Writes("Adds a person.");
        bodies.MapPut("contacts/{id:guid}", async (Guid id, ContactInput input, BodyRegister r, CancellationToken ct) => (await r.SaveContactAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Changes a person's details.");
        bodies.MapGet("bodies/{id:guid}/agenda-template", async Task<Results<Ok<List<AgendaTemplateItem>>, NotFoundProblem>> (Guid id, AgendaTemplates t, TenantDb db, CancellationToken ct) =>
                await db.Bodies.AnyAsync(b => b.Id == id, ct) ? TypedResults.Ok(await t.ItemsAsync(id, ct)) : Answers.NotFound(BoardTexts.NoBody))
            .Reads("The body's standard agenda: the items a new meeting of the body begins with, in order.");
        bodies.MapPost("bodies/{id:guid}/agenda-template", async (Guid id, AgendaItemInput input, AgendaTemplates t, CancellationToken ct) => (await t.AddAsync(id, input, ct)).Created(i => $"/api/agenda-template-items/{i.Id}", Or.Invalid, Or.NotFound))
            .Writes("Adds an item to the body's standard agenda: title, description, proposedDecision, position (1 = first; left out, last).");
        bodies.MapPost("bodies/{id:guid}/agenda-template/standard", async (Guid id, AgendaTemplates t, CancellationToken ct) => (await t.RestoreStandardAsync(id, ct)).Created(_ => $"/api/bodies/{id}/agenda-template", Or.NotFound, Or.Conflict))
            .Writes("Fills an empty standard agenda with the standard items (sammanträdet öppnas … sammanträdet avslutas). 409 when it has items.");
        bodies.MapPut("agenda-template-items/{id:guid}", async (Guid id, AgendaItemInput input, AgendaTemplates t, CancellationToken ct) => (await t.UpdateAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Changes an item of a standard agenda.");
        bodies.MapPost("agenda-template-items/{id:guid}/move", async (Guid id, AgendaMoveInput input, AgendaTemplates t, CancellationToken ct) => (await t.MoveAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Moves an item of a standard agenda: direction up or down, or position (1 = first).");
        bodies.MapDelete("agenda-template-items/{id:guid}", async (Guid id, AgendaTemplates t, CancellationToken ct) => (await t.RemoveAsync(id, ct)).Answer(Or.NotFound))
            .Writes("Removes an item from a standard agenda (meetings already planned keep theirs).");
        return api;
    }
}
