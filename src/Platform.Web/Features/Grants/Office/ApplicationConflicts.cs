using Microsoft.EntityFrameworkCore;
using Platform.Features.Board;
using Platform.Features.Grants.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Grants.Office;

/// <summary>
/// Conflicts of interest (jäv), enforced: everyone of the board and the preparatory group whose seat is
/// for the applying member party is recorded by the platform; the office records a declared conflict or
/// removes one. Every change reaches the board's agenda item and, while the minutes are a draft, the
/// paragraph drafted from it ("X deltog inte i beslutet").
/// </summary>
internal sealed class ApplicationConflicts(TenantDb db, TimeProvider clock, BoardCases board, ApplicationHistory history)
{
    /// <summary>The people who may be recorded: the board's and the preparatory group's seat holders today.</summary>
    public Task<List<BoardSeatHolder>> CandidatesAsync(CancellationToken ct) => board.SeatHoldersAsync(ct);

    /// <summary>Records (once) everyone who sits for the applicant's member party; returns how many were new.</summary>
    public async Task<Outcome<int>> FindAsync(Guid id, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        var added = await AddRepresentativesAsync(a, ct);
        if (added.Count > 0) history.Add(a, $"Jäv: {string.Join(", ", added)} sitter för den sökande parten och deltar inte i beslutet.");
        await db.SaveChangesAsync(ct);
        await SyncAsync(a, ct);
        if (added.Count > 0) await history.AuditAsync(AuditEvents.ApplicationChanged, a, $"Jäv registrerat: {string.Join(", ", added)}", ct);
        return Outcomes.Ok(added.Count);
    }

    /// <summary>Adds (unsaved) a conflict for each seat holder of the applicant's member party not yet recorded; returns their names.</summary>
    internal async Task<List<string>> AddRepresentativesAsync(FundingApplication a, CancellationToken ct)
    {
        if (a.ApplicantMemberId is not { } member) return [];
        var known = await db.ConflictsOfInterest.Where(c => c.ApplicationId == a.Id).Select(c => c.Name).ToListAsync(ct);
        var added = new List<string>();
        foreach (var person in (await board.SeatHoldersAsync(ct)).Where(p => p.MemberId == member))
        {
            if (known.Contains(person.Name, StringComparer.OrdinalIgnoreCase) || added.Contains(person.Name, StringComparer.OrdinalIgnoreCase)) continue;
            db.ConflictsOfInterest.Add(new ConflictOfInterest
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                ApplicationId = a.Id,
                ContactId = person.ContactId,
                Name = person.Name,
                Reason = ConflictReason.RepresentsApplicant,
                Note = $"{person.Body}: sitter för den sökande parten.",
                RecordedAt = clock.GetUtcNow().UtcDateTime,
                RecordedBy = history.Actor,
            });
            added.Add(person.Name);
        }
        return added;
    }

    public async Task<Outcome<ConflictOfInterest>> DeclareAsync(Guid id, ConflictInput input, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        var errors = new FieldErrors();
        var contactId = errors.Id("contactId", input.ContactId, "person");
        var note = errors.Text("note", input.Note, "anteckning", 1000);
        var person = contactId is { } cid ? (await board.SeatHoldersAsync(ct)).FirstOrDefault(p => p.ContactId == cid) : null;
        if (contactId is not null && person is null) errors.Add("contactId", "Välj en person i styrelsen eller beredningsgruppen.");
        if (person is not null && await db.ConflictsOfInterest.AnyAsync(c => c.ApplicationId == id && c.Name == person.Name, ct))
            errors.Add("contactId", $"{person.Name} är redan registrerad som jävig för ansökan.");
        if (errors.Any) return Outcomes.Invalid(errors);
        var conflict = new ConflictOfInterest
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            ApplicationId = a.Id,
            ContactId = person!.ContactId,
            Name = person.Name,
            Reason = ConflictReason.Declared,
            Note = note,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            RecordedBy = history.Actor,
        };
        db.ConflictsOfInterest.Add(conflict);
        history.Add(a, $"Jäv anmält: {person.Name}{(note is null ? "" : $" ({note})")}.");
        await db.SaveChangesAsync(ct);
        await SyncAsync(a, ct);
        await history.AuditAsync(AuditEvents.ApplicationChanged, a, $"Jäv anmält: {person.Name}", ct);
        return Outcomes.Ok(conflict);
    }

    public async Task<Outcome<ConflictOfInterest>> RemoveAsync(Guid id, Guid conflictId, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        if (await db.ConflictsOfInterest.FirstOrDefaultAsync(c => c.Id == conflictId && c.ApplicationId == id, ct) is not { } conflict) return Outcomes.NotFound(OfficeTexts.NoConflict);
        db.ConflictsOfInterest.Remove(conflict);
        history.Add(a, $"Jäv borttaget: {conflict.Name}.");
        await db.SaveChangesAsync(ct);
        await SyncAsync(a, ct);
        await history.AuditAsync(AuditEvents.ApplicationChanged, a, $"Jäv borttaget: {conflict.Name}", ct);
        return Outcomes.Ok(conflict);
    }

    /// <summary>The application's conflicts onto its agenda item (and the paragraph drafted from it, while the minutes are a draft).</summary>
    internal async Task SyncAsync(FundingApplication a, CancellationToken ct)
    {
        if (a.AgendaItemId is not { } item) return;
        var people = await db.ConflictsOfInterest.AsNoTracking().Where(c => c.ApplicationId == a.Id).OrderBy(c => c.RecordedAt)
            .Select(c => new { c.ContactId, c.Name }).ToListAsync(ct);
        await board.SetRecusalsAsync(item, [.. people.Select(p => (p.ContactId, p.Name))], ct);
    }
}
