namespace Platform.Features.Members;

/// <summary>A member party to create or change. Kind and dates are strings, so that a wrong value gets a field error, not a parse failure.</summary>
internal sealed record MemberInput(
    string? Kind, string? Name, string? OrganisationNumber, int? Population, string? InvoiceEmail, string? MemberFrom, string? MemberTo,
    string? InvoiceReference = null, string? InvoiceStreet = null, string? InvoicePostalCode = null, string? InvoiceCity = null,
    string? PopulationDate = null, string? ContactEmail = null);
