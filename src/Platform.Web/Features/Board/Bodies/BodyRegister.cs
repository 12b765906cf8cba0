using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Features.Board.Bodies;

/// <summary>The association's bodies, the people on them and their seats, and where § numbers start.</summary>
internal sealed class BodyRegister(TenantDb db, TimeProvider clock)
{
    // Compiled (issue 24): the register's lists are read on every view of /organ and /moten.
    private static readonly Func<TenantDb, IAsyncEnumerable<Body>> AllBodies = EF.CompileAsyncQuery<TenantDb, Body>(
        (TenantDb db) => db.Set<Body>().AsNoTracking().OrderBy(b => b.Kind).ThenBy(b => b.Name));

    private static readonly Func<TenantDb, IAsyncEnumerable<Contact>> AllContacts = EF.CompileAsyncQuery<TenantDb, Contact>(
        (TenantDb db) => db.Set<Contact>().AsNoTracking().OrderBy(c => c.Name));

    /// <summary>Seats in the order a body lists them: members, then substitutes; chair first; substitutes by the order they are called in.</summary>
    private static readonly Func<TenantDb, Guid?, IAsyncEnumerable<Seat>> SeatsInOrder = EF.CompileAsyncQuery<TenantDb, Guid?, Seat>(
        (TenantDb db, Guid? bodyId) => db.Set<Seat>().AsNoTracking()
            .Where(s => bodyId == null || s.BodyId == bodyId)
            .OrderBy(s => s.Kind).ThenBy(s => s.Position == SeatPosition.None).ThenBy(s => s.Position).ThenBy(s => s.SubstituteOrder).ThenBy(s => s.From));

    public async Task<List<Body>> BodiesAsync(CancellationToken ct) => await AllBodies(db).ToListAsync(ct);

    public async Task<List<Contact>> ContactsAsync(CancellationToken ct) => await AllContacts(db).ToListAsync(ct);

    public async Task<List<Seat>> SeatsAsync(Guid bodyId, CancellationToken ct) => await SeatsInOrder(db, bodyId).ToListAsync(ct);

    /// <summary>The seats of every body in one query, each body's in <see cref="SeatsAsync"/>'s order (issue 24: one query, not one per body).</summary>
    public async Task<ILookup<Guid, Seat>> SeatsByBodyAsync(CancellationToken ct) =>
        (await SeatsInOrder(db, null).ToListAsync(ct)).ToLookup(s => s.BodyId);

    public async Task<Outcome<Body>> SaveBodyAsync(Guid? id, BodyInput input, CancellationToken ct)
    {
        var body = id is { } existing ? await db.Bodies.FirstOrDefaultAsync(b => b.Id == existing, ct) : null;
        if (id is not null && body is null) return Outcomes.NotFound(BoardTexts.NoBody);

        var errors = new FieldErrors();
        var kind = errors.Enum("kind", input.Kind, BoardLabels.BodyKinds);
        var name = errors.Text("name", input.Name, "organets namn", 200, required: true);
        if (name is not null && await db.Bodies.AnyAsync(b => b.Name == name && b.Id != id, ct)) errors.Add("name", "Det finns redan ett organ med det namnet.");
        if (errors.Any) return Outcomes.Invalid(errors);

        if (body is null)
        {
            body = new Body { Id = Guid.CreateVersion7(clock.GetUtcNow()), Name = name! };
            db.Bodies.Add(body);
            // A new body's meetings begin with the standard agenda, which the office then makes its own.
            db.AgendaTemplateItems.AddRange(Meetings.StandardAgenda.For(body.Id, () => Guid.CreateVersion7(clock.GetUtcNow())));
        }
        body.Kind = kind;
        body.Name = name!;
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(body);
    }

    public async Task<Outcome<Contact>> SaveContactAsync(Guid? id, ContactInput input, CancellationToken ct)
    {
        var contact = id is { } existing ? await db.Contacts.FirstOrDefaultAsync(c => c.Id == existing, ct) : null;
        if (id is not null && contact is null) return Outcomes.NotFound(BoardTexts.NoContact);

        var errors = new FieldErrors();
        var name = errors.Text("name", input.Name, "namn", 200, required: true);
        var title = errors.Text("title", input.Title, "titel eller parti", 200);
        var organisation = errors.Text("organisation", input.Organisation, "organisation", 200);
        var email = errors.Email("email", input.Email);
        var phone = errors.Text("phone", input.Phone, "telefonnummer", 40);
        if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')')) errors.Add("phone", "Ange ett telefonnummer med siffror, till exempel 060-19 22 79.");
        if (errors.Any) return Outcomes.Invalid(errors);

        if (contact is null)
        {
            contact = new Contact { Id = Guid.CreateVersion7(clock.GetUtcNow()), Name = name! };
            db.Contacts.Add(contact);
        }
        contact.Name = name!;
        contact.Title = title;
        contact.Organisation = organisation;
        contact.Email = email;
        contact.Phone = phone;
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(contact);
    }

    public async Task<Outcome<Seat>> AddSeatAsync(Guid bodyId, SeatInput input, CancellationToken ct)
    {
        if (!await db.Bodies.AnyAsync(b => b.Id == bodyId, ct)) return Outcomes.NotFound(BoardTexts.NoBody);

        var errors = new FieldErrors();
        var contactId = errors.Id("contactId", input.ContactId, "person");
        if (contactId is { } c && !await db.Contacts.AnyAsync(x => x.Id == c, ct)) errors.Add("contactId", "Personen finns inte i förbundets personregister.");
        var kind = errors.Enum("kind", input.Kind, BoardLabels.SeatKinds);
        var position = string.IsNullOrWhiteSpace(input.Position) ? SeatPosition.None : errors.Enum("position", input.Position, BoardLabels.Positions);
        var memberId = errors.Id("memberId", input.MemberId, "medlem", required: false);
        if (memberId is { } m && !await db.Members.AnyAsync(x => x.Id == m, ct)) errors.Add("memberId", "Medlemmen finns inte i förbundets medlemsregister.");
        var from = errors.Date("from", input.From, "första dag i mandatperioden");
        var to = errors.Date("to", input.To, "sista dag i mandatperioden", required: false);
        if (from is not null && to < from) errors.Add("to", "Sista dag kan inte vara före första dag.");
        if (input.SubstituteOrder is { } order && (order < 1 || order > 99)) errors.Add("substituteOrder", "Ange inkallelseordning som ett tal från 1 till 99.");
        if (input.SubstituteOrder is not null && kind != SeatKind.Substitute) errors.Add("substituteOrder", "Bara ersättare har en inkallelseordning.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var seat = new Seat
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            BodyId = bodyId,
            ContactId = contactId!.Value,
            Kind = kind,
            Position = position,
            MemberId = memberId,
            From = from!.Value,
            To = to,
            SubstituteOrder = input.SubstituteOrder,
        };
        db.Seats.Add(seat);
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(seat);
    }

    public async Task<Outcome<Seat>> RemoveSeatAsync(Guid seatId, CancellationToken ct)
    {
        var seat = await db.Seats.FirstOrDefaultAsync(s => s.Id == seatId, ct);
        if (seat is null) return Outcomes.NotFound(BoardTexts.NoSeat);
        db.Seats.Remove(seat);
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(seat);
    }

    /// <summary>Where the body's § numbers start in a year. Refused when the year already has a higher number in use.</summary>
    public async Task<Outcome<ParagraphSeries>> SetNumberingAsync(Guid bodyId, NumberingInput input, CancellationToken ct)
    {
        if (!await db.Bodies.AnyAsync(b => b.Id == bodyId, ct)) return Outcomes.NotFound(BoardTexts.NoBody);
        var errors = new FieldErrors();
        if (input.Year is not (>= 1990 and <= 2199)) errors.Add("year", "Ange ett år mellan 1990 och 2199.");
        if (input.StartsAt is not (>= 1 and <= 99_999)) errors.Add("startsAt", "Ange första §-nummer som ett tal från 1 till 99 999.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var year = input.Year!.Value;
        var used = await db.Paragraphs.Where(p => p.BodyId == bodyId && p.Year == year).Select(p => (int?)p.Number).MinAsync(ct);
        if (used is { } lowest && lowest < input.StartsAt)
            return Outcomes.Conflict($"§ {lowest} är redan använd {year}; numreringen kan inte börja efter den.");

        var series = await db.ParagraphSeries.FirstOrDefaultAsync(s => s.BodyId == bodyId && s.Year == year, ct);
        if (series is null) db.ParagraphSeries.Add(series = new ParagraphSeries { BodyId = bodyId, Year = year });
        series.StartsAt = input.StartsAt!.Value;
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(series);
    }
}
