namespace Platform.Features.Fees.Invoicing;

/// <summary>A step of making one member's invoice failed; <see cref="Exception.Message"/> says which, in Swedish, for the office.</summary>
internal sealed class InvoiceNotMadeException(string reason, Exception? inner = null) : Exception(reason, inner);
