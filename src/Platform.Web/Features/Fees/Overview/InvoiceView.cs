namespace Platform.Features.Fees.Overview;

/// <summary>An invoice as lists and the API show it: the stable contract's fields first.</summary>
internal sealed record InvoiceView(
    int Number, Guid MemberId, string Member, string Period, decimal Amount, string? Ocr, DateOnly InvoiceDate, DateOnly DueDate, string Status,
    Guid Id, string Kind, string Text, decimal Net, decimal Vat, decimal Paid, decimal Outstanding, int? CreditsInvoiceNumber, int? CreditedBy, DateTime? EmailedAt);
