namespace Platform.Features.Fees.Payments;

/// <summary>One incoming payment in a BgMax file.</summary>
internal sealed record BgMaxPayment(string Reference, int ReferenceCode, long AmountOre, DateOnly PaidOn, string SenderBankgiro, string? Payer);
