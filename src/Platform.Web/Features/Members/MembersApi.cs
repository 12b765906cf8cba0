using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Members;

/// <summary>
/// The first tenant API: the association's member register. Anyone of the association may read
/// (people and integration clients); admins and clients allowed to write may change it.
/// </summary>
internal static class MembersApi
{
    public static IEndpointRouteBuilder MapMembersApi(this IEndpointRouteBuilder app)
    {
        var members = app.MapGroup("/api/members").TenantEndpoint().WithTags("Members");
        members.MapGet("", async (MemberRegister r, CancellationToken ct) => TypedResults.Ok(await r.ListAsync(ct)))
            .Reads("The association's member parties, by name (every role and integration client of the association).");
        members.MapGet("{id:guid}", async (Guid id, MemberRegister r, CancellationToken ct) => (await r.GetAsync(id, ct)).Answer(Or.NotFound))
            .Reads("One member party.");
        members.MapPost("", async (MemberInput input, MemberRegister r, CancellationToken ct) => (await r.CreateAsync(input, ct)).Created(m => $"/api/members/{m.Id}", Or.Invalid))
            .Writes("Adds a member party (admins, and clients an admin allowed to write). Kind: Government, EmploymentService, Region or Municipality; organisationNumber (NNNNNN-NNNN) required, the address of the member's e-invoices; dates YYYY-MM-DD.", AccessPolicies.MembersWriter);
        members.MapPut("{id:guid}", async (Guid id, MemberInput input, MemberRegister r, CancellationToken ct) => (await r.UpdateAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Changes a member party (admins, and clients an admin allowed to write); the same fields and checks as adding one.", AccessPolicies.MembersWriter);
        return app;
    }
}
