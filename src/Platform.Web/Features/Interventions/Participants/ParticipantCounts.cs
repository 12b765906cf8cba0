using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Interventions.Participants;

/// <summary>
/// Counts of participants for whole periods, for those who gave no consent to a record and for
/// structural interventions. They are figures, not records: the association's people and clients
/// read them (participant staff only those of their own interventions); admins and the
/// intervention's participant staff enter them.
/// </summary>
internal sealed class ParticipantCounts(TenantDb db, ParticipantAccess access, TimeProvider clock, AuditLog audit)
{
    public const string NoIntervention = "Insatsen finns inte.";
    public const string NotAllowed = "Bara förbundets administratörer och insatsens deltagaransvariga kan ändra antalen.";

    /// <summary>The intervention when <paramref name="user"/> may read its figures.</summary>
    public async Task<Intervention?> ReadableAsync(Guid interventionId, ClaimsPrincipal user, CancellationToken ct)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == interventionId, ct);
        if (intervention is null) return null;
        if (user.IsInRole(Roles.ParticipantStaff) && !await access.KeepsRecordsAsync(interventionId, user, ct)) return null;
        return intervention;
    }

    public async Task<bool> MayChangeAsync(Guid interventionId, ClaimsPrincipal user, CancellationToken ct) =>
        user.IsInRole(Roles.Admin) || await access.KeepsRecordsAsync(interventionId, user, ct);

    public async Task<Outcome<List<CountDto>>> ListAsync(Guid interventionId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ReadableAsync(interventionId, user, ct) is null) return Outcomes.NotFound(NoIntervention);
        var counts = await db.ParticipantCounts.AsNoTracking().Include(c => c.Ended)
            .Where(c => c.InterventionId == interventionId).ToListAsync(ct);
        var reasons = await db.EndReasons.AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
        return Outcomes.Ok(counts.OrderBy(c => c.From).Select(c => ToDto(c, reasons)).ToList());
    }

    /// <summary>Enters the counts of a period, or replaces those of the same period.</summary>
    public async Task<Outcome<CountDto>> SaveAsync(Guid interventionId, CountInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ReadableAsync(interventionId, user, ct) is not { } intervention) return Outcomes.NotFound(NoIntervention);
        if (!await MayChangeAsync(interventionId, user, ct)) return Outcomes.Forbidden(NotAllowed);

        var errors = new FieldErrors();
        var from = errors.Date("from", input.From, "periodens första dag");
        var to = errors.Date("to", input.To, "periodens sista dag");
        if (from is { } f && to is { } t && t < f) errors.Add("to", "Periodens sista dag kan inte vara före den första.");
        int Number(string field, int? value)
        {
            if (value is null) return 0;
            if (value is < 0 or > 100_000) errors.Add(field, "Ange ett antal mellan 0 och 100 000.");
            return value.Value;
        }
        var womenStarted = Number("womenStarted", input.WomenStarted);
        var menStarted = Number("menStarted", input.MenStarted);
        var womenActive = Number("womenActive", input.WomenActive);
        var menActive = Number("menActive", input.MenActive);
        if (womenActive < womenStarted) errors.Add("womenActive", "Aktiva kvinnor kan inte vara färre än de kvinnor som började under perioden.");
        if (menActive < menStarted) errors.Add("menActive", "Aktiva män kan inte vara färre än de män som började under perioden.");

        var reasons = await db.EndReasons.AsNoTracking().ToListAsync(ct);
        var ended = new Dictionary<Guid, (int Women, int Men)>();
        var lines = input.Ended ?? [];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var women = Number($"ended[{i}].women", line.Women);
            var men = Number($"ended[{i}].men", line.Men);
            if (women == 0 && men == 0) continue;
            var reason = reasons.FirstOrDefault(r => string.Equals(r.Id.ToString(), line.Reason?.Trim(), StringComparison.OrdinalIgnoreCase) || r.Code == line.Reason?.Trim());
            if (reason is null) errors.Add($"ended[{i}].reason", "Välj en avslutsorsak ur listan.");
            else if (!ended.TryAdd(reason.Id, (women, men))) errors.Add($"ended[{i}].reason", "Varje avslutsorsak får bara finnas en gång.");
        }

        var existing = from is null || to is null ? null
            : await db.ParticipantCounts.Include(c => c.Ended).FirstOrDefaultAsync(c => c.InterventionId == interventionId && c.From == from && c.To == to, ct);
        if (from is { } ff && to is { } tt
            && await db.ParticipantCounts.AnyAsync(c => c.InterventionId == interventionId && c.From <= tt && c.To >= ff && !(c.From == ff && c.To == tt), ct))
            errors.Add("from", "Perioden överlappar en period som redan har antal. Ändra den perioden i stället.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var now = clock.GetUtcNow();
        var count = existing ?? new ParticipantCount { Id = Guid.CreateVersion7(now), InterventionId = interventionId, From = from!.Value, To = to!.Value, RecordedBy = "" };
        count.WomenStarted = womenStarted;
        count.MenStarted = menStarted;
        count.WomenActive = womenActive;
        count.MenActive = menActive;
        count.RecordedAt = now.UtcDateTime;
        count.RecordedBy = user.ActorName() ?? "okänd";
        if (existing is not null) db.RemoveRange(existing.Ended);
        count.Ended = [.. ended.Select(e => new ParticipantCountEnded { CountId = count.Id, EndReasonId = e.Key, Women = e.Value.Women, Men = e.Value.Men })];
        if (existing is null) db.ParticipantCounts.Add(count);
        else foreach (var e in count.Ended) db.Add(e);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.ParticipantCountsChanged, intervention.Name,
            $"{(existing is null ? "Antal angivna" : "Antal ändrade")} för {count.From:yyyy-MM-dd}–{count.To:yyyy-MM-dd}.", ct);
        return Outcomes.Ok(ToDto(count, reasons.ToDictionary(r => r.Id)));
    }

    public async Task<Outcome<Done>> DeleteAsync(Guid interventionId, Guid countId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ReadableAsync(interventionId, user, ct) is not { } intervention) return Outcomes.NotFound(NoIntervention);
        if (!await MayChangeAsync(interventionId, user, ct)) return Outcomes.Forbidden(NotAllowed);
        var count = await db.ParticipantCounts.FirstOrDefaultAsync(c => c.Id == countId && c.InterventionId == interventionId, ct);
        if (count is null) return Outcomes.NotFound("Antalen finns inte.");
        db.ParticipantCounts.Remove(count);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.ParticipantCountsChanged, intervention.Name, $"Antal borttagna för {count.From:yyyy-MM-dd}–{count.To:yyyy-MM-dd}.", ct);
        return Outcomes.Done();
    }

    private static CountDto ToDto(ParticipantCount c, Dictionary<Guid, EndReason> reasons) =>
        new(c.Id, c.From, c.To, c.WomenStarted, c.MenStarted, c.WomenActive, c.MenActive,
            [.. c.Ended.Select(e => reasons.TryGetValue(e.EndReasonId, out var r) ? new CountEndedDto(r.Id, r.Code, r.Name, e.Women, e.Men) : null)
                .OfType<CountEndedDto>().OrderBy(e => reasons[e.ReasonId].Order)],
            c.RecordedAt, c.RecordedBy);
}
