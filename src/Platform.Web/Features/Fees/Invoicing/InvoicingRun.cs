namespace Platform.Features.Fees.Invoicing;

/// <summary>What an invoicing run did.</summary>
internal sealed record InvoicingRun(int Created, int Emailed, int Reminders, string? Skipped);
