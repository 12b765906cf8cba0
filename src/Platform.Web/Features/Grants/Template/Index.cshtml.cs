using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Grants.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Template;

/// <summary>The association edits its application form: the introduction, the sections with guidance, and the budget's cost types.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class IndexModel(ApplicationTemplates templates) : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => TemplateTexts.Confirmations;

    [BindProperty] public string? Introduction { get; set; }
    [BindProperty] public SectionInput Section { get; set; } = new();
    [BindProperty] public CostTypeInput CostType { get; set; } = new();

    /// <summary>The form whose post was refused ("section:{id}", "section:new", "cost:{id}", "cost:new"): it shows what was typed and the errors.</summary>
    public string? Failed { get; private set; }

    public List<TemplateSection> Sections { get; private set; } = [];
    public List<CostType> CostTypes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostIntroductionAsync(CancellationToken ct) =>
        await AnswerAsync(await templates.SaveIntroductionAsync(Introduction, ct), "Introduction", "introduktion", () => LoadAsync(ct, keepIntroduction: true));

    public async Task<IActionResult> OnPostSectionAsync(Guid? id, CancellationToken ct)
    {
        Failed = $"section:{id?.ToString() ?? "new"}";
        return await AnswerAsync(await templates.SaveSectionAsync(id, Section, ct), "Section", id is null ? "avsnitt-nytt" : "avsnitt", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostSectionActiveAsync(Guid id, bool active, CancellationToken ct) =>
        await AnswerAsync(await templates.SetSectionActiveAsync(id, active, ct), "Section", active ? "avsnitt-pa" : "avsnitt-av", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostCostTypeAsync(Guid? id, CancellationToken ct)
    {
        Failed = $"cost:{id?.ToString() ?? "new"}";
        return await AnswerAsync(await templates.SaveCostTypeAsync(id, CostType, ct), "CostType", id is null ? "kostnad-nytt" : "kostnad", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostCostTypeActiveAsync(Guid id, bool active, CancellationToken ct) =>
        await AnswerAsync(await templates.SetCostTypeActiveAsync(id, active, ct), "CostType", active ? "kostnad-pa" : "kostnad-av", () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct, bool keepIntroduction = false)
    {
        if (!keepIntroduction) Introduction = (await templates.SettingsAsync(ct)).Introduction;
        Sections = await templates.SectionsAsync(ct);
        CostTypes = await templates.CostTypesAsync(ct);
    }
}
