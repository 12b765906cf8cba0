namespace Platform.Features.Members;

/// <summary>A member party (medlem) of the association.</summary>
internal sealed class Member
{
    public Guid Id { get; init; }
    public MemberKind Kind { get; set; }
    public required string Name { get; set; }
    /// <summary>Organisationsnummer, stored as NNNNNN-NNNN.</summary>
    public string? OrganisationNumber { get; set; }
    /// <summary>Population (invånare), used for splitting the municipal or regional share.</summary>
    public int? Population { get; set; }
    /// <summary>The day the population figure refers to (usually 31 December of the year before).</summary>
    public DateOnly? PopulationDate { get; set; }
    public string? InvoiceEmail { get; set; }
    /// <summary>The member's contact for the association's reports (the annual report to each member); the invoice address when empty.</summary>
    public string? ContactEmail { get; set; }
    /// <summary>The member's reference on invoices (referens, often a code the public body requires).</summary>
    public string? InvoiceReference { get; set; }
    /// <summary>Postal invoice address: street or box, postal code, city.</summary>
    public string? InvoiceStreet { get; set; }
    public string? InvoicePostalCode { get; set; }
    public string? InvoiceCity { get; set; }
    public DateOnly MemberFrom { get; set; }
    /// <summary>The last day of membership, when the member has left or is leaving.</summary>
    public DateOnly? MemberTo { get; set; }
}
