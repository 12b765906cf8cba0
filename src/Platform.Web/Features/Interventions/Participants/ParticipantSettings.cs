using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Interventions.Participants;

/// <summary>The association's settings for participant follow-up: its reasons for ending and how long records are kept.</summary>
internal sealed class ParticipantSettings(TenantDb db, AuditLog audit)
{
    public static readonly IReadOnlyDictionary<EndGroup, string> Groups =
        Enum.GetValues<EndGroup>().ToDictionary(g => g, g => g.SwedishLabel());

    public Task<List<EndReason>> ReasonsAsync(CancellationToken ct) =>
        db.EndReasons.AsNoTracking().OrderBy(r => r.Retired).ThenBy(r => r.Order).ThenBy(r => r.Name).ToListAsync(ct);

    public Task<int> RetentionYearsAsync(CancellationToken ct) => ParticipantRecords.RetentionYearsAsync(db, ct);

    public async Task<Outcome<EndReason>> AddReasonAsync(ReasonInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = await NameAsync(errors, input.Name, null, ct);
        var group = errors.Enum("group", input.Group, Groups);
        if (errors.Any) return Outcomes.Invalid(errors);
        var reasons = await db.EndReasons.AsNoTracking().ToListAsync(ct);
        var code = CodeOf(name!);
        for (var n = 2; reasons.Any(r => r.Code == code); n++) code = $"{CodeOf(name!)}-{n}";
        var reason = new EndReason { Id = Guid.NewGuid(), Code = code, Name = name!, Group = group, Order = reasons.Count == 0 ? 1 : reasons.Max(r => r.Order) + 1 };
        db.EndReasons.Add(reason);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, "Avslutsorsaker", $"Ny avslutsorsak: {reason.Name} ({group.SwedishLabel()}).", ct);
        return Outcomes.Ok(reason);
    }

    public async Task<Outcome<EndReason>> ChangeReasonAsync(Guid id, ReasonInput input, CancellationToken ct)
    {
        var reason = await db.EndReasons.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (reason is null) return Outcomes.NotFound("Avslutsorsaken finns inte.");
        var errors = new FieldErrors();
        var name = await NameAsync(errors, input.Name, id, ct);
        var group = errors.Enum("group", input.Group, Groups);
        if (errors.Any) return Outcomes.Invalid(errors);
        var before = reason.Name;
        reason.Name = name!;
        reason.Group = group;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, "Avslutsorsaker", $"Avslutsorsaken {before} heter nu {reason.Name} ({group.SwedishLabel()}).", ct);
        return Outcomes.Ok(reason);
    }

    /// <summary>Retires a reason (no longer offered; the records and counts that have it keep it), or takes it back.</summary>
    public async Task<Outcome<EndReason>> RetireAsync(Guid id, bool retired, CancellationToken ct)
    {
        var reason = await db.EndReasons.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (reason is null) return Outcomes.NotFound("Avslutsorsaken finns inte.");
        if (reason.Retired == retired) return Outcomes.Ok(reason);
        reason.Retired = retired;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, "Avslutsorsaker",
            retired ? $"Avslutsorsaken {reason.Name} används inte längre." : $"Avslutsorsaken {reason.Name} används igen.", ct);
        return Outcomes.Ok(reason);
    }

    public async Task<Outcome<int>> SetRetentionAsync(int? years, CancellationToken ct)
    {
        if (years is not (>= 1 and <= 10)) return Outcomes.Invalid("retentionYears", "Ange ett antal år mellan 1 och 10.");
        var settings = await db.InterventionSettings.FirstOrDefaultAsync(s => s.Id == InterventionSettings.SingleId, ct);
        if (settings is null) db.InterventionSettings.Add(settings = new InterventionSettings());
        if (settings.RetentionYears == years) return Outcomes.Ok(years.Value);
        var before = settings.RetentionYears;
        settings.RetentionYears = years.Value;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, "Gallring av deltagaruppgifter", $"Deltagaruppgifter sparas {years} år efter avslut (tidigare {before} år).", ct);
        return Outcomes.Ok(years.Value);
    }

    private async Task<string?> NameAsync(FieldErrors errors, string? value, Guid? self, CancellationToken ct)
    {
        var name = errors.Text("name", value, "avslutsorsakens namn", 100, required: true);
        if (name is not null && await db.EndReasons.AnyAsync(r => r.Name == name && r.Id != self, ct))
            errors.Add("name", "Det finns redan en avslutsorsak med det namnet.");
        return name;
    }

    /// <summary>A stable code for the API from a Swedish name: "Annan kommun" → "annan-kommun".</summary>
    private static string CodeOf(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) text.Append(c);
            else if (text.Length > 0 && text[^1] != '-') text.Append('-');
        }
        var code = text.ToString().Trim('-');
        return code.Length == 0 ? "orsak" : code.Length > 30 ? code[..30].TrimEnd('-') : code;
    }
}
