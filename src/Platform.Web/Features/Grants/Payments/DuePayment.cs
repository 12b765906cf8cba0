using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Payments;

/// <summary>A payment ready to be paid, as the finance office needs it: to whom, where, how much and since when.</summary>
internal sealed record DuePayment(
    Guid ApplicationId, int Number, string Title, string Applicant, PaymentAccountKind? AccountKind, string? Account,
    Guid PaymentId, int Year, long Amount, PaymentCondition Condition, DateOnly? ConditionMetOn);
