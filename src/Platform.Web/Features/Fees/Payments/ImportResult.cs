using Platform.Features.Fees.Model;

namespace Platform.Features.Fees.Payments;

/// <summary>What an import did: how many payments, how many matched an invoice by OCR, and those that did not.</summary>
internal sealed record ImportResult(Guid ImportId, string FileName, int Payments, int Matched, long Amount, IReadOnlyList<Payment> Unmatched);
