using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Payments;

/// <summary>A payment of a grant with its status as of today.</summary>
internal sealed record PaymentView(
    Guid Id, int Year, int Order, long Amount, PaymentCondition Condition, DateOnly? NotBefore, DateOnly? PaidOn, string? PaidBy,
    PaymentStatus Status, DateOnly? ConditionMetOn);
