namespace Platform.Features.Members;

/// <summary>A member party as the API shows it.</summary>
internal sealed record MemberDto(
    Guid Id, string Kind, string Name, string? OrganisationNumber, int? Population, string? InvoiceEmail, DateOnly MemberFrom, DateOnly? MemberTo,
    string? InvoiceReference, string? InvoiceStreet, string? InvoicePostalCode, string? InvoiceCity, DateOnly? PopulationDate, string? ContactEmail = null)
{
    public static MemberDto From(Member m) =>
        new(m.Id, m.Kind.ToString(), m.Name, m.OrganisationNumber, m.Population, m.InvoiceEmail, m.MemberFrom, m.MemberTo,
            m.InvoiceReference, m.InvoiceStreet, m.InvoicePostalCode, m.InvoiceCity, m.PopulationDate, m.ContactEmail);
}
