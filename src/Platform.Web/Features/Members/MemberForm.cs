using System.Globalization;

namespace Platform.Features.Members;

/// <summary>
/// The member form as the page posts it: every field a string, so that nothing typed is lost when
/// the register refuses it, and the population read the Swedish way ("63 000").
/// </summary>
internal sealed class MemberForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? OrganisationNumber { get; set; }
    public string? Population { get; set; }
    public string? PopulationDate { get; set; }
    public string? InvoiceEmail { get; set; }
    public string? ContactEmail { get; set; }
    public string? InvoiceReference { get; set; }
    public string? InvoiceStreet { get; set; }
    public string? InvoicePostalCode { get; set; }
    public string? InvoiceCity { get; set; }
    public string? MemberFrom { get; set; }
    public string? MemberTo { get; set; }

    /// <summary>What the register checks. A population that is not a whole number goes as -1, which the register refuses beside the field.</summary>
    public MemberInput ToInput()
    {
        int? population = null;
        var digits = Population?.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Trim();
        if (!string.IsNullOrEmpty(digits))
            population = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
        return new MemberInput(Kind, Name, OrganisationNumber, population, InvoiceEmail, MemberFrom, MemberTo,
            InvoiceReference, InvoiceStreet, InvoicePostalCode, InvoiceCity, PopulationDate, ContactEmail);
    }

    public static MemberForm From(MemberDto m) => new()
    {
        Name = m.Name,
        Kind = m.Kind,
        OrganisationNumber = m.OrganisationNumber,
        Population = m.Population?.ToString("N0", Infrastructure.SwedishTime.Culture),
        PopulationDate = m.PopulationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        InvoiceEmail = m.InvoiceEmail,
        ContactEmail = m.ContactEmail,
        InvoiceReference = m.InvoiceReference,
        InvoiceStreet = m.InvoiceStreet,
        InvoicePostalCode = m.InvoicePostalCode,
        InvoiceCity = m.InvoiceCity,
        MemberFrom = m.MemberFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        MemberTo = m.MemberTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
