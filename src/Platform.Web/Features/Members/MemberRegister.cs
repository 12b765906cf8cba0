using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Members;

/// <summary>The association's member register: its parties, added and changed with every field checked at once.</summary>
internal sealed class MemberRegister(TenantDb db, TimeProvider clock, AuditLog audit)
{
    public async Task<List<MemberDto>> ListAsync(CancellationToken ct) =>
        (await db.Members.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct)).Select(MemberDto.From).ToList();

    public async Task<Outcome<MemberDto>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } member
            ? Outcomes.Ok(MemberDto.From(member))
            : Outcomes.NotFound(NoMember);

    public async Task<Outcome<MemberDto>> CreateAsync(MemberInput input, CancellationToken ct)
    {
        var member = new Member { Id = Guid.CreateVersion7(clock.GetUtcNow()), Name = "" };
        if (await ApplyAsync(input, member, ct) is { } errors) return Outcomes.Invalid(errors);
        db.Members.Add(member);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.MemberChanged, member.Name, $"Ny medlem: {member.Kind.SwedishLabel()}, medlem från {member.MemberFrom:yyyy-MM-dd}.", ct);
        return Outcomes.Ok(MemberDto.From(member));
    }

    public async Task<Outcome<MemberDto>> UpdateAsync(Guid id, MemberInput input, CancellationToken ct)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (member is null) return Outcomes.NotFound(NoMember);
        var before = MemberDto.From(member);
        if (await ApplyAsync(input, member, ct) is { } errors) return Outcomes.Invalid(errors);
        var changed = Changes(before, MemberDto.From(member));
        if (changed.Count == 0) return Outcomes.Ok(before);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.MemberChanged, member.Name, $"Ändrat: {string.Join(", ", changed)}.", ct);
        return Outcomes.Ok(MemberDto.From(member));
    }

    private const string NoMember = "Medlemmen finns inte.";

    /// <summary>What a change touched, in the words of the form (for the audit log; the values stay in the register).</summary>
    private static List<string> Changes(MemberDto before, MemberDto after)
    {
        var changed = new List<string>();
        void Check<T>(T a, T b, string label)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b)) changed.Add(label);
        }
        Check(before.Name, after.Name, "namn");
        Check(before.Kind, after.Kind, "typ");
        Check(before.OrganisationNumber, after.OrganisationNumber, "organisationsnummer");
        Check(before.Population, after.Population, "invånare");
        Check(before.PopulationDate, after.PopulationDate, "datum för invånarantalet");
        Check(before.InvoiceEmail, after.InvoiceEmail, "e-post för fakturor");
        Check(before.ContactEmail, after.ContactEmail, "kontaktpersonens e-post");
        Check(before.InvoiceReference, after.InvoiceReference, "fakturareferens");
        Check((before.InvoiceStreet, before.InvoicePostalCode, before.InvoiceCity), (after.InvoiceStreet, after.InvoicePostalCode, after.InvoiceCity), "fakturaadress");
        Check(before.MemberFrom, after.MemberFrom, "medlem från");
        Check(before.MemberTo, after.MemberTo, after.MemberTo is { } to ? $"medlem till {to:yyyy-MM-dd}" : "medlem till");
        return changed;
    }

    /// <summary>Validates every field (all errors at once, in Swedish) and changes the member only if all are valid.</summary>
    private async Task<FieldErrors?> ApplyAsync(MemberInput input, Member member, CancellationToken ct)
    {
        var errors = new FieldErrors();
        void Error(string field, string message) => errors.Add(field, message);

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) Error("name", "Ange medlemmens namn.");
        else if (name.Length > 200) Error("name", "Namnet får vara högst 200 tecken.");
        else if (await db.Members.AnyAsync(m => m.Name == name && m.Id != member.Id, ct)) Error("name", "Det finns redan en medlem med det namnet.");

        if (!FieldErrors.TryEnum<MemberKind>(input.Kind, out var kind))
            Error("kind", $"Ange typ: {string.Join(", ", Enum.GetNames<MemberKind>())}.");

        // Every member is a public body, and every invoice is also an e-invoice (Peppol), addressed to
        // the member's organisationsnummer: an email address is not a Peppol address.
        var organisationNumber = OrganisationNumber.Normalize(input.OrganisationNumber);
        if (string.IsNullOrWhiteSpace(input.OrganisationNumber))
            Error("organisationNumber", "Ange medlemmens organisationsnummer (NNNNNN-NNNN): det är adressen för e-fakturor till medlemmen.");
        else if (organisationNumber is null)
            Error("organisationNumber", "Organisationsnumret är inte giltigt (NNNNNN-NNNN med rätt kontrollsiffra).");

        if (input.Population is < 0 or > 20_000_000) Error("population", "Ange antal invånare mellan 0 och 20 000 000.");
        DateOnly? populationDate = null;
        if (!string.IsNullOrWhiteSpace(input.PopulationDate))
        {
            if (!DateOnly.TryParseExact(input.PopulationDate.Trim(), "yyyy-MM-dd", out var parsed)) Error("populationDate", "Ange datum för invånarantalet (ÅÅÅÅ-MM-DD).");
            else if (parsed > Infrastructure.SwedishTime.Today(clock)) Error("populationDate", "Invånarantalet kan inte gälla ett datum i framtiden.");
            else populationDate = parsed;
        }

        var email = string.IsNullOrWhiteSpace(input.InvoiceEmail) ? null : input.InvoiceEmail.Trim();
        if (email is not null && (email.Length > 254 || !new EmailAddressAttribute().IsValid(email)))
            Error("invoiceEmail", "Ange en giltig e-postadress för fakturor.");
        var contactEmail = string.IsNullOrWhiteSpace(input.ContactEmail) ? null : input.ContactEmail.Trim();
        if (contactEmail is not null && (contactEmail.Length > 254 || !new EmailAddressAttribute().IsValid(contactEmail)))
            Error("contactEmail", "Ange en giltig e-postadress för kontaktpersonen.");

        if (!DateOnly.TryParseExact(input.MemberFrom, "yyyy-MM-dd", out var from)) Error("memberFrom", "Ange datum då medlemskapet började (ÅÅÅÅ-MM-DD).");
        DateOnly? to = null;
        if (!string.IsNullOrWhiteSpace(input.MemberTo))
        {
            if (!DateOnly.TryParseExact(input.MemberTo, "yyyy-MM-dd", out var parsed)) Error("memberTo", "Ange sista dag som medlem (ÅÅÅÅ-MM-DD).");
            else if (parsed < from) Error("memberTo", "Sista dag kan inte vara före första dag.");
            else to = parsed;
        }

        string? Optional(string field, string? value, int max, string label)
        {
            var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            if (text?.Length > max) Error(field, $"{label} får vara högst {max} tecken.");
            return text;
        }
        var reference = Optional("invoiceReference", input.InvoiceReference, 200, "Referensen");
        var street = Optional("invoiceStreet", input.InvoiceStreet, 200, "Adressen");
        var postalCode = Optional("invoicePostalCode", input.InvoicePostalCode, 10, "Postnumret");
        var city = Optional("invoiceCity", input.InvoiceCity, 100, "Orten");
        if (postalCode is not null)
        {
            // A Swedish postnummer: five digits, written "123 45" on the envelope.
            var digits = postalCode.Replace(" ", "", StringComparison.Ordinal);
            if (digits.Length != 5 || !digits.All(char.IsAsciiDigit)) Error("invoicePostalCode", "Ange postnumret med fem siffror, till exempel 761 80.");
            else postalCode = $"{digits[..3]} {digits[3..]}";
        }
        if (street is not null != (postalCode is not null) || postalCode is not null != (city is not null))
            Error(street is null ? "invoiceStreet" : postalCode is null ? "invoicePostalCode" : "invoiceCity", "Fyll i hela adressen: utdelningsadress, postnummer och ort (eller lämna alla tomma).");

        if (errors.Any) return errors;

        member.Name = name!;
        member.Kind = kind;
        member.OrganisationNumber = organisationNumber;
        member.Population = input.Population;
        member.PopulationDate = populationDate;
        member.InvoiceEmail = email;
        member.ContactEmail = contactEmail;
        member.MemberFrom = from;
        member.MemberTo = to;
        member.InvoiceReference = reference;
        member.InvoiceStreet = street;
        member.InvoicePostalCode = postalCode;
        member.InvoiceCity = city;
        return null;
    }
}
