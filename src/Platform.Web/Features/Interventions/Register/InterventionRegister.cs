using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Board;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Interventions.Register;

/// <summary>
/// The association's intervention register: interventions with their parties, staffing, goals and
/// follow-ups, and budgets per year. Every field is checked at once (Swedish field errors), nothing is
/// written on an error, and every change is in the audit log. A participant-staff person sees only the
/// interventions they are given; the others of the association see all.
/// </summary>
internal sealed class InterventionRegister(TenantDb db, TimeProvider clock, AuditLog audit, BoardDecisions decisions, IHttpContextAccessor http)
{
    public const string NoIntervention = "Insatsen finns inte.";
    private const string NoLine = "Raden finns inte i insatsens bemanning.";
    private const string NoGoal = "Målet finns inte i insatsen.";

    /// <summary>The ids a participant-staff person is given; null for everyone else (they see all).</summary>
    private async Task<List<Guid>?> VisibleAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.ParticipantStaff) || user.IsInRole(Roles.Admin)) return null;
        var userId = user.UserId();
        return userId is null ? [] : await db.ParticipantStaff.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.InterventionId).ToListAsync(ct);
    }

    /// <summary>Whether <paramref name="user"/> keeps the participant records of the intervention.</summary>
    public Task<bool> IsParticipantStaffAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var userId = user.UserId();
        return user.IsInRole(Roles.ParticipantStaff) && userId is not null
            ? db.ParticipantStaff.AnyAsync(p => p.InterventionId == id && p.UserId == userId, ct)
            : Task.FromResult(false);
    }

    public async Task<List<InterventionSummary>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var visible = await VisibleAsync(user, ct);
        var query = db.Interventions.AsNoTracking();
        if (visible is not null) query = query.Where(i => visible.Contains(i.Id));
        var interventions = await query.ToListAsync(ct);
        var names = await PartyNamesAsync(ct);
        return [.. interventions
            .OrderBy(i => i.Name, StringComparer.Create(Infrastructure.SwedishTime.Culture, ignoreCase: true))
            .Select(i => new InterventionSummary(i.Id, i.Name, InterventionLabels.Api(i.Kind), InterventionLabels.Api(i.Status), i.Start, i.End, Party(names, i.LeadMemberId), i.EsfCoFinanced))];
    }

    public async Task<Outcome<InterventionDto>> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var visible = await VisibleAsync(user, ct);
        if (visible is not null && !visible.Contains(id)) return Outcomes.NotFound(NoIntervention);
        return await DtoAsync(id, ct) is { } dto ? Outcomes.Ok(dto) : Outcomes.NotFound(NoIntervention);
    }

    /// <summary>The member parties an intervention may name, by name (the forms' choices).</summary>
    public async Task<List<(Guid Id, string Name, MemberKind Kind)>> PartiesAsync(CancellationToken ct) =>
        [.. (await db.Members.AsNoTracking().Select(m => new { m.Id, m.Name, m.Kind }).ToListAsync(ct))
            .OrderBy(m => m.Name, StringComparer.Create(Infrastructure.SwedishTime.Culture, ignoreCase: true))
            .Select(m => (m.Id, m.Name, m.Kind))];

    private async Task<Dictionary<Guid, string>> PartyNamesAsync(CancellationToken ct) =>
        await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);

    private static PartyDto Party(Dictionary<Guid, string> names, Guid id) => new(id, names.GetValueOrDefault(id, "Okänd part"));

    private async Task<InterventionDto?> DtoAsync(Guid id, CancellationToken ct)
    {
        var i = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return null;
        var names = await PartyNamesAsync(ct);
        var staffing = await db.StaffingLines.AsNoTracking().Where(s => s.InterventionId == id).ToListAsync(ct);
        var goals = await db.Goals.AsNoTracking().Where(g => g.InterventionId == id).OrderBy(g => g.Order).ToListAsync(ct);
        var goalIds = goals.Select(g => g.Id).ToList();
        var followUps = (await db.GoalFollowUps.AsNoTracking().Where(f => goalIds.Contains(f.GoalId)).ToListAsync(ct)).ToLookup(f => f.GoalId);
        var budgets = await db.InterventionBudgets.AsNoTracking().Where(b => b.InterventionId == id).OrderBy(b => b.Year).ToListAsync(ct);
        var decision = i.DecisionParagraphId is { } paragraph ? await decisions.FindAsync(paragraph, ct) : null;
        return new InterventionDto(
            i.Id, i.Name, i.Description, InterventionLabels.Api(i.Kind), InterventionLabels.Api(i.Status), i.EsfCoFinanced,
            i.TargetGroup, i.AgeFrom, i.AgeTo,
            Party(names, i.LeadMemberId), [.. i.CooperatingMemberIds.Select(m => Party(names, m))], [.. i.MunicipalityIds.Select(m => Party(names, m))], [.. i.Methods],
            i.Start, i.End, i.ImplementedByMemberId is { } by ? Party(names, by) : null, i.ImplementedOn, decision,
            [.. staffing.OrderBy(s => s.From).ThenBy(s => s.MemberId is null ? "" : names.GetValueOrDefault(s.MemberId.Value, ""), StringComparer.Ordinal).ThenBy(s => s.Role, StringComparer.Ordinal)
                .Select(s => new StaffingDto(s.Id, s.Role, s.MemberId is { } m ? Party(names, m) : null, s.Percent, s.From, s.To))],
            [.. goals.Select(g => new GoalDto(g.Id, g.Order, g.Text, g.Indicator, g.Target, InterventionLabels.Api(g.Measure),
                [.. followUps[g.Id].OrderByDescending(f => f.To).ThenByDescending(f => f.From)
                    .Select(f => new FollowUpDto(f.Id, f.From, f.To, InterventionLabels.Api(f.Status), f.Value, f.Comment, f.RecordedAt, f.RecordedBy))]))],
            [.. budgets.Select(b => new BudgetDto(b.Year, b.CostBudget, b.CostOutcome, b.EsfCostBudget, b.EsfCostOutcome, b.PlannedParticipants))]);
    }

    // ---- The intervention ----

    public async Task<Outcome<InterventionDto>> CreateAsync(InterventionInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var kind = FieldErrors.TryEnum<InterventionKind>(input.Kind, out var parsed)
            ? parsed
            : Required(errors);
        var intervention = new Intervention
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Name = "",
            Kind = kind,
            EsfCoFinanced = input.EsfCoFinanced ?? false,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await ApplyAsync(input, intervention, errors, ct);
        if (errors.Any) return Outcomes.Invalid(errors);
        db.Interventions.Add(intervention);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, intervention.Name,
            $"Ny insats: {intervention.Kind.SwedishLabel().ToLowerInvariant()}{(intervention.EsfCoFinanced ? ", ESF-medfinansierad" : "")}, {intervention.Start:yyyy-MM-dd}–{intervention.End:yyyy-MM-dd}.", ct);
        return Outcomes.Ok((await DtoAsync(intervention.Id, ct))!);

        static InterventionKind Required(FieldErrors errors)
        {
            errors.Add("kind", "Välj om insatsen är individinriktad eller strukturövergripande.");
            return default;
        }
    }

    public const string KindFixed = "Insatsens typ kan inte ändras efter att den skapats: en insats med båda delarna är två insatser.";
    public const string EsfFixed = "ESF-medfinansieringen kan inte ändras efter att insatsen skapats: en insats med och utan ESF-medel är två insatser.";

    public async Task<Outcome<InterventionDto>> UpdateAsync(Guid id, InterventionInput input, CancellationToken ct)
    {
        var intervention = await db.Interventions.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (intervention is null) return Outcomes.NotFound(NoIntervention);
        var errors = new FieldErrors();
        if (!string.IsNullOrWhiteSpace(input.Kind)
            && !(FieldErrors.TryEnum<InterventionKind>(input.Kind, out var kind) && kind == intervention.Kind))
            errors.Add("kind", KindFixed);
        if (input.EsfCoFinanced is { } esf && esf != intervention.EsfCoFinanced) errors.Add("esfCoFinanced", EsfFixed);
        var before = Describe(intervention);
        await ApplyAsync(input, intervention, errors, ct);
        if (errors.Any)
        {
            db.ChangeTracker.Clear();
            return Outcomes.Invalid(errors);
        }
        var changed = Changes(before, Describe(intervention));
        if (changed.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(AuditEvents.InterventionChanged, intervention.Name, $"Ändrat: {string.Join(", ", changed)}.", ct);
        }
        return Outcomes.Ok((await DtoAsync(id, ct))!);
    }

    private static Dictionary<string, string> Describe(Intervention i) => new(StringComparer.Ordinal)
    {
        ["namn"] = i.Name,
        ["beskrivning"] = i.Description ?? "",
        ["målgrupp"] = i.TargetGroup ?? "",
        ["ålder"] = $"{i.AgeFrom}-{i.AgeTo}",
        ["huvudman"] = i.LeadMemberId.ToString(),
        ["samverkande parter"] = string.Join(",", i.CooperatingMemberIds.Order()),
        ["kommuner"] = string.Join(",", i.MunicipalityIds.Order()),
        ["metoder"] = string.Join("|", i.Methods),
        ["period"] = $"{i.Start:yyyy-MM-dd}-{i.End:yyyy-MM-dd}",
        ["status"] = $"{i.Status} {i.ImplementedByMemberId} {i.ImplementedOn:yyyy-MM-dd}",
        ["styrelsebeslut"] = i.DecisionParagraphId?.ToString() ?? "",
    };

    private static List<string> Changes(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. before.Where(b => after[b.Key] != b.Value).Select(b => b.Key)];

    /// <summary>Checks every field of <paramref name="input"/> into <paramref name="errors"/>; changes the intervention only when there are none.</summary>
    private async Task ApplyAsync(InterventionInput input, Intervention intervention, FieldErrors errors, CancellationToken ct)
    {
        var name = errors.Text("name", input.Name, "insatsens namn", 200, required: true);
        if (name is not null && name.Length <= 200 && await db.Interventions.AnyAsync(i => i.Name == name && i.Id != intervention.Id, ct))
            errors.Add("name", "Det finns redan en insats med det namnet.");
        var description = errors.Text("description", input.Description, "beskrivningen", 4000);
        var targetGroup = errors.Text("targetGroup", input.TargetGroup, "målgruppen", 1000);

        if (input.AgeFrom is { } ageFrom && ageFrom is < 16 or > 67) errors.Add("ageFrom", "Ange en lägsta ålder mellan 16 och 67 år.");
        if (input.AgeTo is { } ageTo && ageTo is < 16 or > 67) errors.Add("ageTo", "Ange en högsta ålder mellan 16 och 67 år.");
        if (input.AgeFrom is { } lowest && input.AgeTo is { } highest && lowest > highest) errors.Add("ageTo", "Den högsta åldern kan inte vara lägre än den lägsta.");

        var start = errors.Date("start", input.Start, "insatsens startdatum");
        var end = errors.Date("end", input.End, "insatsens slutdatum", required: false);
        if (start is { } s && end is { } e && e < s) errors.Add("end", "Slutdatumet kan inte vara före startdatumet.");

        var members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, ct);
        bool MemberDuring(Member m) => start is null || (m.MemberFrom <= (end ?? DateOnly.MaxValue) && (m.MemberTo is null || m.MemberTo >= start));
        Member? Known(string field, string? value, string label, bool required)
        {
            var id = errors.Id(field, value, label, required);
            if (id is null) return null;
            if (!members.TryGetValue(id.Value, out var member)) { errors.Add(field, "Parten finns inte i medlemsregistret: välj en av förbundets medlemmar."); return null; }
            if (!MemberDuring(member)) { errors.Add(field, $"{member.Name} är inte medlem i förbundet under insatsens tid."); return null; }
            return member;
        }
        List<Member> KnownAll(string field, List<string>? values, Func<Member, string?>? check = null)
        {
            var found = new List<Member>();
            foreach (var value in (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!Guid.TryParse(value, out var id) || !members.TryGetValue(id, out var member)) { errors.Add(field, "En av parterna finns inte i medlemsregistret: välj bland förbundets medlemmar."); continue; }
                if (!MemberDuring(member)) { errors.Add(field, $"{member.Name} är inte medlem i förbundet under insatsens tid."); continue; }
                if (check?.Invoke(member) is { } problem) { errors.Add(field, problem); continue; }
                if (found.All(f => f.Id != member.Id)) found.Add(member);
            }
            return found;
        }

        var lead = Known("leadPartyId", input.LeadPartyId, "huvudman", required: true);
        var cooperating = KnownAll("cooperatingPartyIds", input.CooperatingPartyIds).Where(m => m.Id != lead?.Id).ToList();
        if (lead is not null && cooperating.Count == 0 && !errors.ToDictionary().ContainsKey("cooperatingPartyIds"))
            errors.Add("cooperatingPartyIds", "En insats har minst två parter: välj minst en samverkande part utöver huvudmannen.");
        var municipalities = KnownAll("municipalityIds", input.MunicipalityIds, m => m.Kind == MemberKind.Municipality ? null : $"{m.Name} är inte en kommun: välj bland förbundets medlemskommuner.");

        var status = string.IsNullOrWhiteSpace(input.Status) ? InterventionStatus.Planned : errors.Enum("status", input.Status, InterventionLabels.Statuses);
        Member? implementedBy = null;
        DateOnly? implementedOn = null;
        if (status == InterventionStatus.Implemented)
        {
            var id = errors.Id("implementedById", input.ImplementedById, "den part som tog över insatsen");
            if (id is not null)
            {
                if (members.TryGetValue(id.Value, out var member)) implementedBy = member;
                else errors.Add("implementedById", "Parten finns inte i medlemsregistret: välj en av förbundets medlemmar.");
            }
            implementedOn = errors.Date("implementedOn", input.ImplementedOn, "när insatsen implementerades");
            if (implementedOn is { } on && start is { } begun && on < begun) errors.Add("implementedOn", "Insatsen kan inte ha implementerats före sin start.");
        }

        var methods = new List<string>();
        foreach (var method in (input.Methods ?? []).Select(m => Infrastructure.Text.PlainText.Clean(m ?? "").Trim()).Where(m => m.Length > 0))
        {
            if (method.Length > 100) { errors.Add("methods", "Varje metod får vara högst 100 tecken."); break; }
            if (!methods.Contains(method, StringComparer.OrdinalIgnoreCase)) methods.Add(method);
        }
        if (methods.Count > 20) errors.Add("methods", "Ange högst 20 metoder.");

        Guid? decision = null;
        if (!string.IsNullOrWhiteSpace(input.DecisionParagraphId))
        {
            var id = errors.Id("decisionParagraphId", input.DecisionParagraphId, "styrelsens beslut");
            if (id is not null && await decisions.FindAsync(id.Value, ct) is null)
                errors.Add("decisionParagraphId", "Välj beslutet bland paragraferna i styrelsens protokoll.");
            else decision = id;
        }

        if (errors.Any) return;
        intervention.Name = name!;
        intervention.Description = description;
        intervention.TargetGroup = targetGroup;
        intervention.AgeFrom = input.AgeFrom;
        intervention.AgeTo = input.AgeTo;
        intervention.LeadMemberId = lead!.Id;
        intervention.CooperatingMemberIds = [.. cooperating.Select(m => m.Id)];
        intervention.MunicipalityIds = [.. municipalities.Select(m => m.Id)];
        intervention.Start = start!.Value;
        intervention.End = end;
        intervention.Status = status;
        intervention.ImplementedByMemberId = implementedBy?.Id;
        intervention.ImplementedOn = implementedOn;
        intervention.Methods = methods;
        intervention.DecisionParagraphId = decision;
    }

    // ---- Staffing ----

    public async Task<Outcome<StaffingDto>> AddStaffingAsync(Guid id, StaffingInput input, CancellationToken ct)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (intervention is null) return Outcomes.NotFound(NoIntervention);
        var line = new StaffingLine { Id = Guid.CreateVersion7(clock.GetUtcNow()), InterventionId = id, Role = "" };
        if (await CheckStaffingAsync(input, line, ct) is { } errors) return Outcomes.Invalid(errors);
        db.StaffingLines.Add(line);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, intervention.Name, $"Bemanning tillagd: {line.Role}, {line.Percent} %.", ct);
        return Outcomes.Ok(await StaffingDtoAsync(line, ct));
    }

    public async Task<Outcome<StaffingDto>> UpdateStaffingAsync(Guid id, Guid lineId, StaffingInput input, CancellationToken ct)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (intervention is null) return Outcomes.NotFound(NoIntervention);
        var line = await db.StaffingLines.FirstOrDefaultAsync(s => s.Id == lineId && s.InterventionId == id, ct);
        if (line is null) return Outcomes.NotFound(NoLine);
        if (await CheckStaffingAsync(input, line, ct) is { } errors) return Outcomes.Invalid(errors);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, intervention.Name, $"Bemanning ändrad: {line.Role}, {line.Percent} %.", ct);
        return Outcomes.Ok(await StaffingDtoAsync(line, ct));
    }

    public async Task<Outcome<Done>> RemoveStaffingAsync(Guid id, Guid lineId, CancellationToken ct)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (intervention is null) return Outcomes.NotFound(NoIntervention);
        var line = await db.StaffingLines.FirstOrDefaultAsync(s => s.Id == lineId && s.InterventionId == id, ct);
        if (line is null) return Outcomes.NotFound(NoLine);
        db.StaffingLines.Remove(line);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, intervention.Name, $"Bemanning borttagen: {line.Role}, {line.Percent} %.", ct);
        return Outcomes.Done();
    }

    private async Task<StaffingDto> StaffingDtoAsync(StaffingLine line, CancellationToken ct)
    {
        var party = line.MemberId is { } m ? new PartyDto(m, await db.Members.Where(x => x.Id == m).Select(x => x.Name).FirstAsync(ct)) : null;
        return new StaffingDto(line.Id, line.Role, party, line.Percent, line.From, line.To);
    }

    private async Task<FieldErrors?> CheckStaffingAsync(StaffingInput input, StaffingLine line, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var role = errors.Text("role", input.Role, "rollen", 200, required: true);
        var party = errors.Id("partyId", input.PartyId, "part", required: false);
        if (party is { } p && !await db.Members.AnyAsync(m => m.Id == p, ct))
            errors.Add("partyId", "Parten finns inte i medlemsregistret: välj en av förbundets medlemmar eller förbundet.");
        if (input.Percent is not { } percent || percent is < 1 or > 1000) errors.Add("percent", "Ange andel av heltid i procent, mellan 1 och 1000 (till exempel 200 för två heltider).");
        var from = errors.Date("from", input.From, "från vilket datum");
        var to = errors.Date("to", input.To, "till vilket datum", required: false);
        if (from is { } f && to is { } t && t < f) errors.Add("to", "Slutdatumet kan inte vara före startdatumet.");
        if (errors.Any) return errors;
        line.Role = role!;
        line.MemberId = party;
        line.Percent = input.Percent!.Value;
        line.From = from!.Value;
        line.To = to;
        return null;
    }

    // ---- Goals and their follow-ups ----

    public async Task<Outcome<GoalDto>> AddGoalAsync(Guid id, GoalInput input, CancellationToken ct)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (intervention is null) return Outcomes.NotFound(NoIntervention);
        var order = await db.Goals.Where(g => g.InterventionId == id).Select(g => (int?)g.Order).MaxAsync(ct) ?? 0;
        var goal = new Goal { Id = Guid.CreateVersion7(clock.GetUtcNow()), InterventionId = id, Order = order + 1, Text = "" };
        if (CheckGoal(input, goal) is { } errors) return Outcomes.Invalid(errors);
        db.Goals.Add(goal);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, intervention.Name, $"Mål tillagt: {goal.Text}.", ct);
        return Outcomes.Ok(GoalDtoOf(goal, []));
    }

    public async Task<Outcome<GoalDto>> UpdateGoalAsync(Guid id, Guid goalId, GoalInput input, CancellationToken ct)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (intervention is null) return Outcomes.NotFound(NoIntervention);
        var goal = await db.Goals.FirstOrDefaultAsync(g => g.Id == goalId && g.InterventionId == id, ct);
        if (goal is null) return Outcomes.NotFound(NoGoal);
        if (CheckGoal(input, goal) is { } errors) return Outcomes.Invalid(errors);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, intervention.Name, $"Mål ändrat: {goal.Text}.", ct);
        var followUps = await db.GoalFollowUps.AsNoTracking().Where(f => f.GoalId == goalId).ToListAsync(ct);
        return Outcomes.Ok(GoalDtoOf(goal, followUps));
    }

    public async Task<Outcome<Done>> RemoveGoalAsync(Guid id, Guid goalId, CancellationToken ct)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (intervention is null) return Outcomes.NotFound(NoIntervention);
        var goal = await db.Goals.FirstOrDefaultAsync(g => g.Id == goalId && g.InterventionId == id, ct);
        if (goal is null) return Outcomes.NotFound(NoGoal);
        db.GoalFollowUps.RemoveRange(await db.GoalFollowUps.Where(f => f.GoalId == goalId).ToListAsync(ct));
        db.Goals.Remove(goal);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, intervention.Name, $"Mål borttaget med sina uppföljningar: {goal.Text}.", ct);
        return Outcomes.Done();
    }

    private static GoalDto GoalDtoOf(Goal goal, List<GoalFollowUp> followUps) =>
        new(goal.Id, goal.Order, goal.Text, goal.Indicator, goal.Target, InterventionLabels.Api(goal.Measure),
            [.. followUps.OrderByDescending(f => f.To).ThenByDescending(f => f.From)
                .Select(f => new FollowUpDto(f.Id, f.From, f.To, InterventionLabels.Api(f.Status), f.Value, f.Comment, f.RecordedAt, f.RecordedBy))]);

    private static FieldErrors? CheckGoal(GoalInput input, Goal goal)
    {
        var errors = new FieldErrors();
        var text = errors.Text("text", input.Text, "målet", 500, required: true);
        var indicator = errors.Text("indicator", input.Indicator, "indikatorn", 500);
        if (input.Target is { } target && target is < 0 or > 1_000_000) errors.Add("target", "Ange ett målvärde mellan 0 och 1 000 000 (procent för en andel).");
        var measure = string.IsNullOrWhiteSpace(input.Measure) ? GoalMeasure.Entered : errors.Enum("measure", input.Measure, InterventionLabels.Measures);
        if (measure is GoalMeasure.ShareEndedToWorkOrStudies or GoalMeasure.ShareEndedToMemberMeasure && input.Target is > 100)
            errors.Add("target", "En andel är högst 100 procent.");
        if (errors.Any) return errors;
        goal.Text = text!;
        goal.Indicator = indicator;
        goal.Target = input.Target is { } value ? decimal.Round(value, 2) : null;
        goal.Measure = measure;
        return null;
    }

    public async Task<Outcome<FollowUpDto>> FollowUpAsync(Guid id, Guid goalId, FollowUpInput input, CancellationToken ct)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (intervention is null) return Outcomes.NotFound(NoIntervention);
        var goal = await db.Goals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == goalId && g.InterventionId == id, ct);
        if (goal is null) return Outcomes.NotFound(NoGoal);
        var errors = new FieldErrors();
        var from = errors.Date("from", input.From, "periodens första dag");
        var to = errors.Date("to", input.To, "periodens sista dag");
        if (from is { } f && to is { } t && t < f) errors.Add("to", "Periodens sista dag kan inte vara före dess första dag.");
        if (string.IsNullOrWhiteSpace(input.Status)) errors.Add("status", "Välj hur det går med målet.");
        var status = string.IsNullOrWhiteSpace(input.Status) ? default : errors.Enum("status", input.Status, InterventionLabels.GoalStatuses);
        if (input.Value is not null && goal.Measure != GoalMeasure.Entered)
            errors.Add("value", "Målets värde beräknas ur deltagaruppföljningen: lämna värdet tomt.");
        else if (input.Value is < 0 or > 1_000_000) errors.Add("value", "Ange ett värde mellan 0 och 1 000 000.");
        var comment = errors.Text("comment", input.Comment, "kommentaren", 2000);
        if (errors.Any) return Outcomes.Invalid(errors);

        var followUp = await db.GoalFollowUps.FirstOrDefaultAsync(x => x.GoalId == goalId && x.From == from && x.To == to, ct);
        var actor = http.HttpContext?.User.ActorName() ?? "system";
        if (followUp is null)
        {
            followUp = new GoalFollowUp { Id = Guid.CreateVersion7(clock.GetUtcNow()), GoalId = goalId, From = from!.Value, To = to!.Value, RecordedBy = actor };
            db.GoalFollowUps.Add(followUp);
        }
        else followUp.RecordedBy = actor;
        followUp.Status = status;
        followUp.Value = input.Value is { } v ? decimal.Round(v, 2) : null;
        followUp.Comment = comment;
        followUp.RecordedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, intervention.Name, $"Uppföljning av målet {goal.Text}, {from:yyyy-MM-dd}–{to:yyyy-MM-dd}: {status.SwedishLabel().ToLowerInvariant()}.", ct);
        return Outcomes.Ok(new FollowUpDto(followUp.Id, followUp.From, followUp.To, InterventionLabels.Api(followUp.Status), followUp.Value, followUp.Comment, followUp.RecordedAt, followUp.RecordedBy));
    }

    // ---- Budget per year ----

    public async Task<Outcome<BudgetDto>> SetBudgetAsync(Guid id, int? year, BudgetInput input, CancellationToken ct)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (intervention is null) return Outcomes.NotFound(NoIntervention);
        var errors = new FieldErrors();
        if (year is not { } y || y is < 2000 or > 2100) errors.Add("year", "Ange året med fyra siffror, till exempel 2026.");
        void Kronor(string field, long? value, string label, bool required)
        {
            if (value is null && required) errors.Add(field, $"Ange {label} i hela kronor (0 om inget).");
            else if (value is < 0 or > 10_000_000_000) errors.Add(field, $"Ange {label} i hela kronor, 0 eller mer.");
        }
        Kronor("costBudget", input.CostBudget, "insatskostnadens budget", required: true);
        Kronor("costOutcome", input.CostOutcome, "insatskostnadens utfall", required: false);
        Kronor("esfCostBudget", input.EsfCostBudget, "ESF-insatskostnadens budget", required: false);
        Kronor("esfCostOutcome", input.EsfCostOutcome, "ESF-insatskostnadens utfall", required: false);
        if (input.PlannedParticipants is < 0 or > 1_000_000) errors.Add("plannedParticipants", "Ange planerat antal deltagare, 0 eller mer.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var budget = await db.InterventionBudgets.FirstOrDefaultAsync(b => b.InterventionId == id && b.Year == year, ct);
        var added = budget is null;
        if (budget is null)
        {
            budget = new InterventionBudget { InterventionId = id, Year = year!.Value };
            db.InterventionBudgets.Add(budget);
        }
        budget.CostBudget = input.CostBudget!.Value;
        budget.CostOutcome = input.CostOutcome;
        budget.EsfCostBudget = input.EsfCostBudget ?? 0;
        budget.EsfCostOutcome = input.EsfCostOutcome;
        budget.PlannedParticipants = input.PlannedParticipants;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.InterventionChanged, intervention.Name, $"Budget {(added ? "tillagd" : "ändrad")} för {year}.", ct);
        return Outcomes.Ok(new BudgetDto(budget.Year, budget.CostBudget, budget.CostOutcome, budget.EsfCostBudget, budget.EsfCostOutcome, budget.PlannedParticipants));
    }
}
