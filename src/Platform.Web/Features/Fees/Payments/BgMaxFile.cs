namespace Platform.Features.Fees.Payments;

/// <summary>A parsed BgMax file: Bankgirot's timestamp (the file's identity), the receiving bankgiro and its payments.</summary>
internal sealed record BgMaxFile(string Timestamp, bool Test, string Bankgiro, IReadOnlyList<BgMaxPayment> Payments);
