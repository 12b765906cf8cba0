using Platform.Features.Grants.Model;
using Platform.Features.Members;

namespace Platform.Features.Grants.Apply;

/// <summary>What the form is made of for this association today: its introduction, member parties, sections and cost types.</summary>
internal sealed record ApplicationTemplate(
    string? Introduction,
    IReadOnlyList<Member> Members,
    IReadOnlyList<TemplateSection> Sections,
    IReadOnlyList<CostType> CostTypes);
