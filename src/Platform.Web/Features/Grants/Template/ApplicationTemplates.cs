using Microsoft.EntityFrameworkCore;
using Platform.Features.Grants.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Grants.Template;

/// <summary>
/// The association's application template: the introduction, the description sections and the budget's cost
/// types. Sections and cost types are deactivated, never deleted: submitted applications keep their answers.
/// </summary>
internal sealed class ApplicationTemplates(TenantDb db, AuditLog audit)
{
    public async Task<GrantSettings> SettingsAsync(CancellationToken ct) =>
        await db.GrantSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new GrantSettings();

    public Task<List<TemplateSection>> SectionsAsync(CancellationToken ct) =>
        db.TemplateSections.AsNoTracking().OrderByDescending(s => s.Active).ThenBy(s => s.Order).ToListAsync(ct);

    public Task<List<CostType>> CostTypesAsync(CancellationToken ct) =>
        db.CostTypes.AsNoTracking().OrderByDescending(c => c.Active).ThenBy(c => c.Order).ToListAsync(ct);

    public async Task<Outcome<Done>> SaveIntroductionAsync(string? text, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var introduction = errors.Text("introduction", text, "introduktionen", 4000);
        if (errors.Any) return Outcomes.Invalid(errors);
        var settings = await db.GrantSettings.FirstOrDefaultAsync(ct);
        if (settings is null) db.GrantSettings.Add(settings = new GrantSettings());
        settings.Introduction = introduction;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantTemplateChanged, "Introduktion", "Introduktionen till ansökan ändrad.", ct);
        return Outcomes.Done();
    }

    /// <summary>Adds a section (<paramref name="id"/> null) or changes one.</summary>
    public async Task<Outcome<Done>> SaveSectionAsync(Guid? id, SectionInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var title = errors.Text("title", input.Title, "rubriken", 200, required: true);
        var guidance = errors.Text("guidance", input.Guidance, "vägledningen", 2000);
        var order = Order(errors, input.Order);
        if (errors.Any) return Outcomes.Invalid(errors);
        TemplateSection? section = null;
        if (id is { } existing && (section = await db.TemplateSections.FirstOrDefaultAsync(s => s.Id == existing, ct)) is null)
            return Outcomes.NotFound("Avsnittet finns inte.");
        if (section is not null) section.Title = title!;
        else
        {
            section = new TemplateSection { Id = Guid.NewGuid(), Key = $"egen-{Guid.NewGuid():N}"[..17], Title = title! };
            section.Order = (await db.TemplateSections.MaxAsync(s => (int?)s.Order, ct) ?? 0) + 1;
            db.TemplateSections.Add(section);
        }
        section.Guidance = guidance;
        section.Required = input.Required;
        if (order is { } o) section.Order = o;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantTemplateChanged, section.Title, id is null ? "Nytt avsnitt i ansökan." : "Avsnittet ändrat.", ct);
        return Outcomes.Done();
    }

    public async Task<Outcome<Done>> SetSectionActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        var section = await db.TemplateSections.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (section is null) return Outcomes.NotFound("Avsnittet finns inte.");
        section.Active = active;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantTemplateChanged, section.Title, active ? "Avsnittet används igen." : "Avsnittet används inte längre i nya ansökningar.", ct);
        return Outcomes.Done();
    }

    /// <summary>Adds a cost type (<paramref name="id"/> null) or changes one.</summary>
    public async Task<Outcome<Done>> SaveCostTypeAsync(Guid? id, CostTypeInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = errors.Text("name", input.Name, "namnet", 100, required: true);
        var order = Order(errors, input.Order);
        if (name is not null && await db.CostTypes.AnyAsync(c => c.Name == name && c.Id != id, ct)) errors.Add("name", "Det finns redan ett kostnadsslag med det namnet.");
        if (errors.Any) return Outcomes.Invalid(errors);
        CostType? type = null;
        if (id is { } existing && (type = await db.CostTypes.FirstOrDefaultAsync(c => c.Id == existing, ct)) is null)
            return Outcomes.NotFound("Kostnadsslaget finns inte.");
        if (type is not null) type.Name = name!;
        else
        {
            type = new CostType { Id = Guid.NewGuid(), Name = name! };
            type.Order = (await db.CostTypes.MaxAsync(c => (int?)c.Order, ct) ?? 0) + 1;
            db.CostTypes.Add(type);
        }
        type.RequiresSpecification = input.RequiresSpecification;
        if (order is { } o) type.Order = o;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantTemplateChanged, type.Name, id is null ? "Nytt kostnadsslag." : "Kostnadsslaget ändrat.", ct);
        return Outcomes.Done();
    }

    public async Task<Outcome<Done>> SetCostTypeActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        var type = await db.CostTypes.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (type is null) return Outcomes.NotFound("Kostnadsslaget finns inte.");
        type.Active = active;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantTemplateChanged, type.Name, active ? "Kostnadsslaget används igen." : "Kostnadsslaget används inte längre i nya ansökningar.", ct);
        return Outcomes.Done();
    }

    private static int? Order(FieldErrors errors, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var order) && order is >= 1 and <= 999) return order;
        errors.Add("order", "Ange ordningen som ett tal från 1 till 999.");
        return null;
    }
}
