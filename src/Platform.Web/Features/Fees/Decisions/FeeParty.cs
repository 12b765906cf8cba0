using Platform.Features.Members;

namespace Platform.Features.Fees.Decisions;

/// <summary>A member's place in the split: its group comes from its kind, its weight from the decision.</summary>
internal sealed record FeeParty(Guid MemberId, string Name, MemberKind Kind, long Weight, int Months);
