using Platform.Features.Board;
using Platform.Features.Members;

namespace Platform.Features.Interventions.Register;

/// <summary>What the intervention form offers: the member parties and the paragraphs of the minutes.</summary>
internal sealed record InterventionChoices(IReadOnlyList<(Guid Id, string Name, MemberKind Kind)> Parties, IReadOnlyList<BoardDecision> Decisions);
