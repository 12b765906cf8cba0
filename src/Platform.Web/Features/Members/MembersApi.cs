using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Members;

/// <summary>A member party as the API shows it.</summary>
internal sealed record MemberDto(
    Guid Id, string Kind, string Name, string? OrganisationNumber, int? Population, string? InvoiceEmail, DateOnly MemberFrom, DateOnly? MemberTo,
    string? InvoiceReference, string? InvoiceStreet, string? InvoicePostalCode, string? InvoiceCity)
{
    public static MemberDto From(Member m) =>
        new(m.Id, m.Kind.ToString(), m.Name, m.OrganisationNumber, m.Population, m.InvoiceEmail, m.MemberFrom, m.MemberTo,
            m.InvoiceReference, m.InvoiceStreet, m.InvoicePostalCode, m.InvoiceCity);
}

/// <summary>A member party to create or change. Kind and dates are strings, so that a wrong value gets a field error, not a parse failure.</summary>
internal sealed record MemberInput(
    string? Kind, string? Name, string? OrganisationNumber, int? Population, string? InvoiceEmail, string? MemberFrom, string? MemberTo,
    string? InvoiceReference = null, string? InvoiceStreet = null, string? InvoicePostalCode = null, string? InvoiceCity = null);

/// <summary>
/// The first tenant API: the association's member register. Anyone of the association may read
/// (people and integration clients); admins and clients allowed to write may change it.
/// </summary>
internal static class MembersApi
{
    public static IEndpointRouteBuilder MapMembersApi(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/members").TenantEndpoint().WithTags("Members");
        members.MapGet("", ListAsync).RequireAuthorization(AccessPolicies.Api(AccessPolicies.Reader))
            .WithSummary("The association's member parties, by name (every role and integration client of the association).");
        members.MapGet("{id:guid}", GetAsync).RequireAuthorization(AccessPolicies.Api(AccessPolicies.Reader))
            .WithSummary("One member party.");
        members.MapPost("", CreateAsync).RequireAuthorization(AccessPolicies.Api(AccessPolicies.MembersWriter)).RequireAntiforgeryForCookieWrites()
            .WithSummary("Adds a member party (admins, and clients an admin allowed to write). Kind: Government, EmploymentService, Region or Municipality; dates YYYY-MM-DD.");
        members.MapPut("{id:guid}", UpdateAsync).RequireAuthorization(AccessPolicies.Api(AccessPolicies.MembersWriter)).RequireAntiforgeryForCookieWrites()
            .WithSummary("Changes a member party (admins, and clients an admin allowed to write).");
        return app;
    }

    private static async Task<Ok<List<MemberDto>>> ListAsync(TenantDb db, CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        return TypedResults.Ok(members.Select(MemberDto.From).ToList());
    }

    private static async Task<Results<Ok<MemberDto>, NotFound>> GetAsync(Guid id, TenantDb db, CancellationToken ct) =>
        await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is { } member
            ? TypedResults.Ok(MemberDto.From(member))
            : TypedResults.NotFound();

    private static async Task<Results<Created<MemberDto>, ValidationProblem>> CreateAsync(MemberInput input, TenantDb db, TimeProvider clock, CancellationToken ct)
    {
        var member = new Member { Id = Guid.CreateVersion7(clock.GetUtcNow()), Name = "" };
        if (await ApplyAsync(input, member, db, ct) is { } problem) return problem;
        db.Members.Add(member);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/members/{member.Id}", MemberDto.From(member));
    }

    private static async Task<Results<Ok<MemberDto>, NotFound, ValidationProblem>> UpdateAsync(Guid id, MemberInput input, TenantDb db, CancellationToken ct)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (member is null) return TypedResults.NotFound();
        if (await ApplyAsync(input, member, db, ct) is { } problem) return problem;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(MemberDto.From(member));
    }

    /// <summary>Validates every field (all errors at once, in Swedish) and changes the member only if all are valid.</summary>
    private static async Task<ValidationProblem?> ApplyAsync(MemberInput input, Member member, TenantDb db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];

        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name)) Error("name", "Ange medlemmens namn.");
        else if (name.Length > 200) Error("name", "Namnet får vara högst 200 tecken.");
        else if (await db.Members.AnyAsync(m => m.Name == name && m.Id != member.Id, ct)) Error("name", "Det finns redan en medlem med det namnet.");

        if (!Enum.TryParse<MemberKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(input.Kind, out _))
            Error("kind", $"Ange typ: {string.Join(", ", Enum.GetNames<MemberKind>())}.");

        string? organisationNumber = null;
        if (!string.IsNullOrWhiteSpace(input.OrganisationNumber) && (organisationNumber = OrganisationNumber.Normalize(input.OrganisationNumber)) is null)
            Error("organisationNumber", "Organisationsnumret är inte giltigt (NNNNNN-NNNN med rätt kontrollsiffra).");

        if (input.Population is < 0 or > 20_000_000) Error("population", "Ange antal invånare mellan 0 och 20 000 000.");

        var email = string.IsNullOrWhiteSpace(input.InvoiceEmail) ? null : input.InvoiceEmail.Trim();
        if (email is not null && (email.Length > 254 || !new EmailAddressAttribute().IsValid(email)))
            Error("invoiceEmail", "Ange en giltig e-postadress för fakturor.");

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

        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Uppgifterna innehåller fel");

        member.Name = name!;
        member.Kind = kind;
        member.OrganisationNumber = organisationNumber;
        member.Population = input.Population;
        member.InvoiceEmail = email;
        member.MemberFrom = from;
        member.MemberTo = to;
        member.InvoiceReference = reference;
        member.InvoiceStreet = street;
        member.InvoicePostalCode = postalCode;
        member.InvoiceCity = city;
        return null;
    }
}
