using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Budgets.Outcome;

/// <summary>The outcome's API: SIE 4 imports, the accounts' mappings to budget lines, and outcome by hand.</summary>
internal static class OutcomeApi
{
    public static IEndpointRouteBuilder MapBudgetOutcomeApi(this IEndpointRouteBuilder app)
    {
        var outcome = app.MapGroup("/api/budgets/outcome").TenantEndpoint().WithTags("Budgets");

        outcome.MapGet("imports", async (OutcomeImports imports, CancellationToken ct) => TypedResults.Ok(await imports.ListAsync(ct)))
            .Reads("The SIE 4 files read, newest first: file, organisation number, fiscal year, accounts, months, whether it counts (the newest of its fiscal year does) and the accounts with amounts not mapped (kronor, signed as in the books).");
        outcome.MapGet("imports/{id:guid}", async (Guid id, OutcomeImports imports, CancellationToken ct) => (await imports.GetAsync(id, ct)).Answer(Or.NotFound))
            .Reads("One SIE 4 import: what was read and which accounts with amounts are not mapped.");
        outcome.MapPost("imports", ImportAsync)
            .Writes("Imports a SIE 4 file (multipart/form-data, field file) from the accounting program: it must be the association's organisation number; the same file is never imported twice (409).")
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery();
        outcome.MapDelete("imports/{id:guid}", async (Guid id, OutcomeImports imports, CancellationToken ct) => (await imports.DeleteAsync(id, ct)).Answer(Or.NotFound))
            .Writes("Removes an import and its amounts; the fiscal year's next newest import counts again.");

        outcome.MapGet("accounts", async (AccountMappings mappings, CancellationToken ct) => TypedResults.Ok(await mappings.ListAsync(ct)))
            .Reads("Every account seen in an import or mapped: name, total in the counting imports (kronor, signed as in the books) and its budget line.");
        outcome.MapPut("accounts", async (MappingInput input, ClaimsPrincipal user, AccountMappings mappings, CancellationToken ct) =>
                (await mappings.SaveAsync(input, user.ActorName()!, ct)).Answer(Or.Invalid))
            .Writes("Maps accounts to budget lines: rows of account and itemId (empty itemId removes the mapping). An account twice is a field error. Every import follows at once.");

        outcome.MapGet("entries", async (int? year, OutcomeEntries entries, TimeProvider clock, CancellationToken ct) => TypedResults.Ok(await entries.ListAsync(year ?? Infrastructure.SwedishTime.Today(clock).Year, ct)))
            .Reads("The year's (default this year's) outcome entered by hand: line, month, amount (whole kronor), note.");
        outcome.MapPost("entries", async (EntryInput input, ClaimsPrincipal user, OutcomeEntries entries, CancellationToken ct) =>
                (await entries.SaveAsync(input, user.ActorName()!, ct)).Answer(Or.Invalid))
            .Writes("Enters a line's outcome for a month by hand (itemId, year, month, amount in whole kronor, note); it replaces the imports' figure for that line and month. The same line and month again changes it.");
        outcome.MapDelete("entries/{id:guid}", async (Guid id, OutcomeEntries entries, CancellationToken ct) => (await entries.DeleteAsync(id, ct)).Answer(Or.NotFound))
            .Writes("Removes an outcome entered by hand; the imports' figure counts again.");
        return app;
    }

    private static async Task<Results<Created<ImportSummary>, ValidationProblem, ConflictProblem>> ImportAsync(HttpRequest request, ClaimsPrincipal user, OutcomeImports imports, CancellationToken ct)
    {
        if (!request.HasFormContentType) return Answers.Invalid("file", "Skicka filen som multipart/form-data i fältet file.");
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length > OutcomeImports.MaxFileBytes) return Answers.Invalid("file", "Välj en SIE 4-fil (högst 20 MB).");
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, ct);
        return (await imports.ImportAsync(copy.ToArray(), file.FileName, user.ActorName()!, ct)).Created(r => $"/api/budgets/outcome/imports/{r.Id}", Or.Invalid, Or.Conflict);
    }
}
