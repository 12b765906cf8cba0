using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Interventions.Participants;

/// <summary>
/// An intervention's participant records (episodes), for its participant staff only: every other
/// person or client is answered "not found". Every read and every change is in the audit log with
/// the intervention's name and the record's code, and nothing else about the participant.
/// </summary>
internal sealed class ParticipantRecords(TenantDb db, ParticipantAccess access, TimeProvider clock, AuditLog audit)
{
    private const string NoRecord = ParticipantAccess.NoRecords;

    public async Task<Outcome<List<EpisodeDto>>> ListAsync(Guid interventionId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RecordsOfAsync(interventionId, user, ct) is not { } intervention) return Outcomes.NotFound(NoRecord);
        var episodes = await db.Episodes.AsNoTracking().Where(e => e.InterventionId == interventionId).ToListAsync(ct);
        var list = await ToDtosAsync(episodes, ct);
        await audit.RecordAsync(AuditEvents.ParticipantRecordRead, intervention.Name, $"Listan över deltagare ({list.Count} poster).", ct);
        return Outcomes.Ok(list.OrderBy(e => e.Code, StringComparer.Ordinal).ThenBy(e => e.Start).ToList());
    }

    public async Task<Outcome<EpisodeDto>> GetAsync(Guid interventionId, Guid episodeId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RecordsOfAsync(interventionId, user, ct) is not { } intervention) return Outcomes.NotFound(NoRecord);
        var episode = await db.Episodes.AsNoTracking().FirstOrDefaultAsync(e => e.Id == episodeId && e.InterventionId == interventionId, ct);
        if (episode is null) return Outcomes.NotFound(NoRecord);
        var dto = (await ToDtosAsync([episode], ct))[0];
        await audit.RecordAsync(AuditEvents.ParticipantRecordRead, intervention.Name, $"Deltagare {episode.Code}.", ct);
        return Outcomes.Ok(dto);
    }

    public async Task<Outcome<EpisodeDto>> CreateAsync(Guid interventionId, EpisodeInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RecordsOfAsync(interventionId, user, ct) is not { } intervention) return Outcomes.NotFound(NoRecord);
        var now = clock.GetUtcNow().UtcDateTime;
        var episode = new Episode { Id = Guid.CreateVersion7(clock.GetUtcNow()), InterventionId = interventionId, Code = "", CreatedAt = now, UpdatedAt = now };
        if (await ApplyAsync(input, episode, ct) is { } errors) return Outcomes.Invalid(errors);
        db.Episodes.Add(episode);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.ParticipantRecordChanged, intervention.Name, $"Ny deltagare {episode.Code}.", ct);
        return Outcomes.Ok((await ToDtosAsync([episode], ct))[0]);
    }

    public async Task<Outcome<EpisodeDto>> UpdateAsync(Guid interventionId, Guid episodeId, EpisodeInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RecordsOfAsync(interventionId, user, ct) is not { } intervention) return Outcomes.NotFound(NoRecord);
        var episode = await db.Episodes.FirstOrDefaultAsync(e => e.Id == episodeId && e.InterventionId == interventionId, ct);
        if (episode is null) return Outcomes.NotFound(NoRecord);
        var code = episode.Code;
        if (await ApplyAsync(input, episode, ct) is { } errors) return Outcomes.Invalid(errors);
        episode.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.ParticipantRecordChanged, intervention.Name,
            code == episode.Code ? $"Deltagare {episode.Code} ändrad." : $"Deltagare {code} ändrad, ny kod {episode.Code}.", ct);
        return Outcomes.Ok((await ToDtosAsync([episode], ct))[0]);
    }

    public async Task<Outcome<Done>> DeleteAsync(Guid interventionId, Guid episodeId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RecordsOfAsync(interventionId, user, ct) is not { } intervention) return Outcomes.NotFound(NoRecord);
        var episode = await db.Episodes.FirstOrDefaultAsync(e => e.Id == episodeId && e.InterventionId == interventionId, ct);
        if (episode is null) return Outcomes.NotFound(NoRecord);
        db.EpisodeMoves.RemoveRange(await db.EpisodeMoves.Where(m => m.EpisodeId == episodeId).ToListAsync(ct));
        db.ActivityMonths.RemoveRange(await db.ActivityMonths.Where(m => m.EpisodeId == episodeId).ToListAsync(ct));
        db.Episodes.Remove(episode);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.ParticipantRecordChanged, intervention.Name, $"Deltagare {episode.Code} borttagen.", ct);
        return Outcomes.Done();
    }

    public async Task<Outcome<EpisodeDto>> AddMoveAsync(Guid interventionId, Guid episodeId, MoveInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RecordsOfAsync(interventionId, user, ct) is not { } intervention) return Outcomes.NotFound(NoRecord);
        var episode = await db.Episodes.FirstOrDefaultAsync(e => e.Id == episodeId && e.InterventionId == interventionId, ct);
        if (episode is null) return Outcomes.NotFound(NoRecord);

        var errors = new FieldErrors();
        var on = errors.Date("on", input.On, "datum för flytten");
        if (on is { } day)
        {
            if (day <= episode.Start || (episode.End is { } end && day > end))
                errors.Add("on", "Flytten måste vara efter startdatum och inom insatsens tid för deltagaren.");
            else if (await db.EpisodeMoves.AnyAsync(m => m.EpisodeId == episodeId && m.On == day, ct))
                errors.Add("on", "Det finns redan en flytt det datumet.");
        }
        await CheckMunicipalityAsync(errors, "municipalityId", input.MunicipalityId, ct);
        if (errors.Any) return Outcomes.Invalid(errors);

        db.EpisodeMoves.Add(new EpisodeMove { Id = Guid.CreateVersion7(clock.GetUtcNow()), EpisodeId = episodeId, On = on!.Value, MunicipalityId = input.MunicipalityId!.Value });
        episode.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.ParticipantRecordChanged, intervention.Name, $"Deltagare {episode.Code}: flytt tillagd.", ct);
        return Outcomes.Ok((await ToDtosAsync([episode], ct))[0]);
    }

    public async Task<Outcome<EpisodeDto>> RemoveMoveAsync(Guid interventionId, Guid episodeId, Guid moveId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RecordsOfAsync(interventionId, user, ct) is not { } intervention) return Outcomes.NotFound(NoRecord);
        var episode = await db.Episodes.FirstOrDefaultAsync(e => e.Id == episodeId && e.InterventionId == interventionId, ct);
        var move = episode is null ? null : await db.EpisodeMoves.FirstOrDefaultAsync(m => m.Id == moveId && m.EpisodeId == episodeId, ct);
        if (episode is null || move is null) return Outcomes.NotFound(NoRecord);
        db.EpisodeMoves.Remove(move);
        episode.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.ParticipantRecordChanged, intervention.Name, $"Deltagare {episode.Code}: flytt borttagen.", ct);
        return Outcomes.Ok((await ToDtosAsync([episode], ct))[0]);
    }

    /// <summary>Sets a month's activity hours (0 takes the month away).</summary>
    public async Task<Outcome<EpisodeDto>> SetHoursAsync(Guid interventionId, Guid episodeId, ActivityInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await access.RecordsOfAsync(interventionId, user, ct) is not { } intervention) return Outcomes.NotFound(NoRecord);
        var episode = await db.Episodes.FirstOrDefaultAsync(e => e.Id == episodeId && e.InterventionId == interventionId, ct);
        if (episode is null) return Outcomes.NotFound(NoRecord);

        var errors = new FieldErrors();
        var month = ParseMonth(input.Month);
        if (month is null) errors.Add("month", "Ange månaden som ÅÅÅÅ-MM, till exempel 2026-03.");
        else if (month.Value.AddMonths(1).AddDays(-1) < episode.Start || (episode.End is { } end && month.Value > end))
            errors.Add("month", "Månaden måste ligga inom deltagarens tid i insatsen.");
        if (input.Hours is null) errors.Add("hours", "Ange antal timmar.");
        else if (month is { } m && (input.Hours < 0 || input.Hours > DateTime.DaysInMonth(m.Year, m.Month) * 24))
            errors.Add("hours", $"En månad har högst {DateTime.DaysInMonth(m.Year, m.Month) * 24} timmar.");
        else if (input.Hours < 0) errors.Add("hours", "Antal timmar kan inte vara negativt.");
        else if (decimal.Round(input.Hours.Value, 2) != input.Hours) errors.Add("hours", "Ange timmar med högst två decimaler.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var existing = await db.ActivityMonths.FirstOrDefaultAsync(a => a.EpisodeId == episodeId && a.Month == month!.Value, ct);
        if (input.Hours == 0)
        {
            if (existing is not null) db.ActivityMonths.Remove(existing);
        }
        else if (existing is null) db.ActivityMonths.Add(new ActivityMonth { EpisodeId = episodeId, Month = month!.Value, Hours = input.Hours!.Value });
        else existing.Hours = input.Hours!.Value;
        episode.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.ParticipantRecordChanged, intervention.Name, $"Deltagare {episode.Code}: aktivitetstimmar {month:yyyy-MM}.", ct);
        return Outcomes.Ok((await ToDtosAsync([episode], ct))[0]);
    }

    /// <summary>The association's reasons for ending that may be chosen now (not retired).</summary>
    public Task<List<EndReason>> ReasonsAsync(CancellationToken ct) =>
        db.EndReasons.AsNoTracking().Where(r => !r.Retired).OrderBy(r => r.Order).ThenBy(r => r.Name).ToListAsync(ct);

    /// <summary>The member municipalities and all member parties, for the forms' lists.</summary>
    public async Task<(List<Member> Municipalities, List<Member> Parties)> MembersAsync(CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        return (members.Where(m => m.Kind == MemberKind.Municipality).ToList(), members);
    }

    public static DateOnly? ParseMonth(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
            return month.Year is >= 1990 and <= 2199 ? new DateOnly(month.Year, month.Month, 1) : null;
        return null;
    }

    private async Task CheckMunicipalityAsync(FieldErrors errors, string field, Guid? id, CancellationToken ct)
    {
        if (id is null) errors.Add(field, "Välj en medlemskommun.");
        else if (!await db.Members.AnyAsync(m => m.Id == id && m.Kind == MemberKind.Municipality, ct))
            errors.Add(field, "Välj en kommun som är medlem i förbundet.");
    }

    /// <summary>Validates every field (all errors at once) and changes the episode only when all are valid.</summary>
    private async Task<FieldErrors?> ApplyAsync(EpisodeInput input, Episode episode, CancellationToken ct)
    {
        var errors = new FieldErrors();

        var code = input.Code?.Trim();
        if (ParticipantCode.Problem(input.Code) is { } codeProblem) errors.Add("code", codeProblem);

        if (!FieldErrors.TryEnum<Gender>(input.Gender, out var gender))
            errors.Add("gender", "Välj kön: kvinna eller man.");

        var start = errors.Date("start", input.Start, "startdatum");
        var end = errors.Date("end", input.End, "slutdatum", required: false);
        if (start is { } s && end is { } e && e < s) errors.Add("end", "Slutdatum kan inte vara före startdatum.");

        if (input.BirthYear is not { } birthYear) errors.Add("birthYear", "Ange födelseår, till exempel 1990.");
        else if (birthYear is < 1900 or > 2199) errors.Add("birthYear", "Ange födelseåret med fyra siffror, till exempel 1990.");
        else if (start is { } st && st.Year - birthYear is < 15 or > 67) errors.Add("birthYear", "Deltagaren måste vara mellan 15 och 67 år när insatsen börjar.");

        await CheckMunicipalityAsync(errors, "municipalityId", input.MunicipalityId, ct);
        if (input.ReferringMemberId is null) errors.Add("referringMemberId", "Välj den part som remitterade deltagaren.");
        else if (!await db.Members.AnyAsync(m => m.Id == input.ReferringMemberId, ct)) errors.Add("referringMemberId", "Välj en part som är medlem i förbundet.");

        EndReason? reason = null;
        var reasonText = input.EndReason?.Trim();
        if (!string.IsNullOrEmpty(reasonText))
        {
            var reasons = await db.EndReasons.AsNoTracking().Where(r => !r.Retired || r.Id == episode.EndReasonId).ToListAsync(ct);
            reason = reasons.FirstOrDefault(r => string.Equals(r.Id.ToString(), reasonText, StringComparison.OrdinalIgnoreCase) || r.Code == reasonText);
            if (reason is null) errors.Add("endReason", "Välj en avslutsorsak ur listan.");
        }
        if (end is not null && reason is null && string.IsNullOrEmpty(reasonText)) errors.Add("endReason", "Välj en avslutsorsak ur listan.");
        if (end is null && reason is not null && !errors.ToDictionary().ContainsKey("end")) errors.Add("end", "Ange slutdatum när du anger en avslutsorsak.");

        var supportAtStart = Support(errors, "supportAtStart", input.SupportAtStart, required: true);
        var supportAtEnd = Support(errors, "supportAtEnd", input.SupportAtEnd, required: false);
        if (end is null && supportAtEnd is not null && !errors.ToDictionary().ContainsKey("end")) errors.Add("supportAtEnd", "Försörjning vid avslut anges när deltagaren har avslutat insatsen.");

        if (input.Consent is null) errors.Add("consent", "Ange om deltagaren har gett sitt samtycke.");

        if (!errors.ToDictionary().ContainsKey("code") && start is { } from)
        {
            var to = end ?? DateOnly.MaxValue;
            var others = await db.Episodes.AsNoTracking()
                .Where(x => x.InterventionId == episode.InterventionId && x.Code == code && x.Id != episode.Id).ToListAsync(ct);
            if (others.Any(o => o.Start <= to && (o.End ?? DateOnly.MaxValue) >= from))
                errors.Add("start", $"Deltagaren {code} har redan en period i insatsen som överlappar de här datumen.");
        }
        if (errors.Any) return errors;

        // Moves and months already recorded must stay inside the episode.
        if (db.Entry(episode).State != EntityState.Detached)
        {
            var moves = await db.EpisodeMoves.AsNoTracking().Where(m => m.EpisodeId == episode.Id).ToListAsync(ct);
            if (moves.Any(m => m.On <= start!.Value || (end is { } last && m.On > last)))
                errors.Add("start", "Det finns flyttar utanför de nya datumen. Ta bort dem först.");
            var months = await db.ActivityMonths.AsNoTracking().Where(m => m.EpisodeId == episode.Id).ToListAsync(ct);
            if (months.Any(m => m.Month.AddMonths(1).AddDays(-1) < start!.Value || (end is { } last2 && m.Month > last2)))
                errors.Add("end", "Det finns aktivitetstimmar utanför de nya datumen. Ta bort dem först.");
            if (errors.Any) return errors;
        }

        episode.Code = code!;
        episode.Gender = gender;
        episode.BirthYear = input.BirthYear!.Value;
        episode.MunicipalityId = input.MunicipalityId!.Value;
        episode.ReferringMemberId = input.ReferringMemberId!.Value;
        episode.Start = start!.Value;
        episode.End = end;
        episode.EndReasonId = reason?.Id;
        episode.SupportAtStart = supportAtStart!.Value;
        episode.SupportAtEnd = supportAtEnd;
        episode.Consent = input.Consent!.Value;
        return null;
    }

    private static SupportSource? Support(FieldErrors errors, string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors.Add(field, "Välj huvudsaklig försörjning.");
            return null;
        }
        if (FieldErrors.TryEnum<SupportSource>(value, out var source)) return source;
        errors.Add(field, "Välj huvudsaklig försörjning ur listan.");
        return null;
    }

    private async Task<List<EpisodeDto>> ToDtosAsync(IReadOnlyList<Episode> episodes, CancellationToken ct)
    {
        var ids = episodes.Select(e => e.Id).ToList();
        var moves = (await db.EpisodeMoves.AsNoTracking().Where(m => ids.Contains(m.EpisodeId)).ToListAsync(ct)).ToLookup(m => m.EpisodeId);
        var months = (await db.ActivityMonths.AsNoTracking().Where(m => ids.Contains(m.EpisodeId)).ToListAsync(ct)).ToLookup(m => m.EpisodeId);
        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var reasons = await db.EndReasons.AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
        var years = await RetentionYearsAsync(db, ct);
        string Name(Guid id) => members.GetValueOrDefault(id, "–");
        return episodes.Select(e =>
        {
            var reason = e.EndReasonId is { } rid ? reasons.GetValueOrDefault(rid) : null;
            return new EpisodeDto(e.Id, e.InterventionId, e.Code, e.Gender.ToString(), e.BirthYear, e.MunicipalityId, Name(e.MunicipalityId),
                e.ReferringMemberId, Name(e.ReferringMemberId), e.Start, e.End, e.EndReasonId, reason?.Code, reason?.Name,
                e.SupportAtStart.ToString(), e.SupportAtEnd?.ToString(), e.Consent, e.End?.AddYears(years),
                moves[e.Id].OrderBy(m => m.On).Select(m => new EpisodeMoveDto(m.Id, m.On, m.MunicipalityId, Name(m.MunicipalityId))).ToList(),
                months[e.Id].OrderBy(m => m.Month).Select(m => new ActivityMonthDto(m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Hours)).ToList());
        }).ToList();
    }

    /// <summary>How many years after its end a record is kept (the association's setting).</summary>
    public static async Task<int> RetentionYearsAsync(TenantDb db, CancellationToken ct) =>
        await db.InterventionSettings.AsNoTracking().Where(s => s.Id == InterventionSettings.SingleId).Select(s => (int?)s.RetentionYears).FirstOrDefaultAsync(ct)
        ?? InterventionSettings.DefaultRetentionYears;
}
