using Microsoft.EntityFrameworkCore;
using Platform.Features.Board;
using Platform.Features.Fees;
using Platform.Features.Grants.Model;
using Platform.Features.Grants.Office;
using Platform.Infrastructure;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Grants.Decision;

/// <summary>
/// The agreement (avtal) produced from the decision: the parties, the grant per year, the conditions, the
/// payment plan and the reporting duties with their due dates, with lines to sign; and the record of its
/// signing, which makes the payments on signing ready (their status is read by the payments).
/// </summary>
internal sealed class Agreements(TenantDb db, ApplicationReader reader, BoardDecisions paragraphs, TenantContext tenant, ApplicationHistory history)
{
    public async Task<byte[]?> PdfAsync(Guid id, CancellationToken ct)
    {
        if (await reader.FileAsync(id, ct) is not { Application.State: ApplicationState.Granted or ApplicationState.PartlyGranted } file) return null;
        var association = tenant.Current.Name;
        var paragraph = file.Application.DecisionParagraphId is { } p ? await paragraphs.FindAsync(p, ct) : null;
        return TextPdf.Render($"Avtal, ansökan {file.Application.Number}", association, Blocks(file, association, paragraph));
    }

    /// <summary>The agreement as blocks of the shared document writer: what it says, independent of how it is printed.</summary>
    internal static List<PdfBlock> Blocks(ApplicationFile file, string association, BoardDecision? paragraph)
    {
        var a = file.Application;
        static string Join(params string?[] parts) => string.Join(", ", parts.Where(x => !string.IsNullOrWhiteSpace(x)));
        var blocks = new List<PdfBlock>
        {
            new PdfBlock.Title($"Avtal om medel från {association}"),
            new PdfBlock.Paragraph($"Avtalet gäller ansökan {a.Number}: {a.Title}."),
            new PdfBlock.Heading("Parter"),
            new PdfBlock.Field("Förbundet", association),
            new PdfBlock.Field("Stödmottagare", Join(a.ApplicantOrganisation, a.ApplicantUnit)),
            new PdfBlock.Field("Organisationsnummer", a.ApplicantOrganisationNumber),
            new PdfBlock.Field("Behörig att teckna avtal", a.ApplicantSignatory),
            new PdfBlock.Field(a.PaymentAccountKind == PaymentAccountKind.Plusgiro ? "Plusgiro" : "Bankgiro", a.PaymentAccount),
        };
        foreach (var party in file.Parties)
            blocks.Add(new PdfBlock.Field("Samverkanspart", Join(party.Record.Organisation, party.Record.Unit, party.Record.Signatory is { } s ? $"behörig att teckna: {s}" : null)));

        blocks.Add(new PdfBlock.Heading("Beslut och beviljade medel"));
        blocks.Add(new PdfBlock.Paragraph($"Styrelsen beslutade {a.DecidedOn:yyyy-MM-dd}{(paragraph is null ? "" : $" ({paragraph.Label})")} att bevilja medel för insatsen under perioden {a.PeriodStart:yyyy-MM-dd}–{a.PeriodEnd:yyyy-MM-dd}."));
        blocks.Add(new PdfBlock.Table(
            [new PdfColumn("År", 1), new PdfColumn("Sökt", 1, Amount: true), new PdfColumn("Beviljat", 1, Amount: true)],
            [.. file.Granted.Select(g => (IReadOnlyList<string>)[g.Year.ToString(SwedishTime.Culture), Money.Kronor(file.AppliedFor(g.Year)), Money.Kronor(g.Amount)])],
            ["Summa", Money.Kronor(file.Years.Sum(file.AppliedFor)), Money.Kronor(file.GrantedTotal)]));
        blocks.Add(new PdfBlock.Heading("Villkor"));
        blocks.Add(new PdfBlock.Paragraph(a.Conditions, WhenEmpty: "Inga särskilda villkor utöver detta avtal."));
        blocks.Add(new PdfBlock.Paragraph("Medlen får användas endast till insatsen enligt ansökan. Medel som inte används ska betalas tillbaka till förbundet."));

        blocks.Add(new PdfBlock.Heading("Utbetalningar"));
        blocks.Add(new PdfBlock.Table(
            [new PdfColumn("År", 0.7), new PdfColumn("Belopp", 1.2, Amount: true), new PdfColumn("Villkor", 2), new PdfColumn("Tidigast", 1.1)],
            [.. file.Payments.Select(x => (IReadOnlyList<string>)[x.Year.ToString(SwedishTime.Culture), Money.Kronor(x.Amount), PaymentPlans.Conditions[x.Condition], x.NotBefore?.ToString("yyyy-MM-dd", SwedishTime.Culture) ?? "–"])],
            ["Summa", Money.Kronor(file.Payments.Sum(x => x.Amount)), "", ""]));

        blocks.Add(new PdfBlock.Heading("Redovisning"));
        blocks.Add(new PdfBlock.Paragraph("Stödmottagaren redovisar insatsen till förbundet: deltagare uppdelade på kön och orsak till avslut, kostnader per kostnadsslag mot budgeten, och en beskrivning av arbetet. Redovisningen lämnas via en länk som skickas till kontaktpersonen."));
        blocks.Add(new PdfBlock.Table(
            [new PdfColumn("Redovisning", 1.4), new PdfColumn("Period", 1.8), new PdfColumn("Senast", 1)],
            [.. file.Reports.Select(r => (IReadOnlyList<string>)[$"{r.Kind.SwedishLabel()} {r.Year}", $"{r.PeriodStart:yyyy-MM-dd}–{r.PeriodEnd:yyyy-MM-dd}", r.DueOn.ToString("yyyy-MM-dd", SwedishTime.Culture)])]));

        blocks.Add(new PdfBlock.Heading("Underskrifter"));
        blocks.Add(new PdfBlock.Paragraph("Avtalet har upprättats i två exemplar, ett till vardera parten."));
        blocks.Add(new PdfBlock.Space(30));
        blocks.Add(new PdfBlock.Paragraph($"______________________________\nFör {association}\nOrt och datum:"));
        blocks.Add(new PdfBlock.Space(30));
        blocks.Add(new PdfBlock.Paragraph($"______________________________\nFör {a.ApplicantOrganisation}{(a.ApplicantSignatory is { } who ? $": {who}" : "")}\nOrt och datum:"));
        return blocks;
    }

    public async Task<Outcome<FundingApplication>> SignAsync(Guid id, SigningInput input, CancellationToken ct)
    {
        if (await db.FundingApplications.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } a) return Outcomes.NotFound(OfficeTexts.NoApplication);
        if (a.State is not (ApplicationState.Granted or ApplicationState.PartlyGranted)) return Outcomes.Conflict("Ansökan är inte beviljad, så det finns inget avtal att teckna.");
        var errors = new FieldErrors();
        var signedOn = errors.Date("signedOn", input.SignedOn, "dagen avtalet undertecknades");
        var signedBy = errors.Text("signedBy", input.SignedBy, "vem som undertecknade för stödmottagaren", 200, required: true);
        if (signedOn is { } day && a.DecidedOn is { } decided && day < decided) errors.Add("signedOn", $"Avtalet kan inte vara undertecknat före beslutet ({decided:yyyy-MM-dd}).");
        if (errors.Any) return Outcomes.Invalid(errors);
        a.AgreementSignedOn = signedOn;
        a.AgreementSignedBy = signedBy;
        history.Add(a, $"Avtalet undertecknat {signedOn:yyyy-MM-dd} av {signedBy}.");
        await db.SaveChangesAsync(ct);
        await history.AuditAsync(AuditEvents.GrantDecisionChanged, a, $"Avtalet undertecknat {signedOn:yyyy-MM-dd} av {signedBy}", ct);
        return Outcomes.Ok(a);
    }
}
