using Microsoft.EntityFrameworkCore;
using Platform.Features.Board;
using Platform.Features.Grants.Model;
using Platform.Features.Grants.Office;
using Platform.Infrastructure;
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
    public async Task<byte[]?> PdfAsync(Guid id, CancellationToken ct) =>
        await reader.FileAsync(id, ct) is { Application.State: ApplicationState.Granted or ApplicationState.PartlyGranted } file
            ? AgreementPdf.Render(Blocks(file, tenant.Current.Name, file.Application.DecisionParagraphId is { } p ? await paragraphs.FindAsync(p, ct) : null))
            : null;

    /// <summary>The agreement as blocks: what it says, independent of how it is printed.</summary>
    internal static List<AgreementBlock> Blocks(ApplicationFile file, string association, BoardDecision? paragraph)
    {
        var a = file.Application;
        var blocks = new List<AgreementBlock>
        {
            AgreementBlock.Title($"Avtal om medel från {association}"),
            AgreementBlock.Paragraph($"Avtalet gäller ansökan {a.Number}: {a.Title}."),
            AgreementBlock.Heading("Parter"),
            AgreementBlock.KeyValue("Förbundet", association),
            AgreementBlock.KeyValue("Stödmottagare", string.Join(", ", new[] { a.ApplicantOrganisation, a.ApplicantUnit }.Where(x => !string.IsNullOrWhiteSpace(x)))),
        };
        if (a.ApplicantOrganisationNumber is { } number) blocks.Add(AgreementBlock.KeyValue("Organisationsnummer", number));
        if (a.ApplicantSignatory is { } signatory) blocks.Add(AgreementBlock.KeyValue("Behörig att teckna avtal", signatory));
        if (a.PaymentAccount is { } account) blocks.Add(AgreementBlock.KeyValue(a.PaymentAccountKind == PaymentAccountKind.Plusgiro ? "Plusgiro" : "Bankgiro", account));
        foreach (var party in file.Parties)
            blocks.Add(AgreementBlock.KeyValue("Samverkanspart", string.Join(", ", new[] { party.Record.Organisation, party.Record.Unit, party.Record.Signatory is { } s ? $"behörig att teckna: {s}" : null }.Where(x => !string.IsNullOrWhiteSpace(x)))));

        blocks.Add(AgreementBlock.Heading("Beslut och beviljade medel"));
        blocks.Add(AgreementBlock.Paragraph($"Styrelsen beslutade {a.DecidedOn:yyyy-MM-dd}{(paragraph is null ? "" : $" ({paragraph.Label})")} att bevilja medel för insatsen under perioden {a.PeriodStart:yyyy-MM-dd}–{a.PeriodEnd:yyyy-MM-dd}."));
        blocks.Add(AgreementBlock.Row(true, "År", "Sökt", "Beviljat"));
        foreach (var year in file.Granted) blocks.Add(AgreementBlock.Row(false, year.Year.ToString(SwedishTime.Culture), GrantDecisions.Kronor(file.AppliedFor(year.Year)), GrantDecisions.Kronor(year.Amount)));
        blocks.Add(AgreementBlock.Row(true, "Summa", GrantDecisions.Kronor(file.Years.Sum(file.AppliedFor)), GrantDecisions.Kronor(file.GrantedTotal)));
        blocks.Add(AgreementBlock.Heading("Villkor"));
        blocks.Add(AgreementBlock.Paragraph(a.Conditions ?? "Inga särskilda villkor utöver detta avtal."));
        blocks.Add(AgreementBlock.Paragraph("Medlen får användas endast till insatsen enligt ansökan. Medel som inte används ska betalas tillbaka till förbundet."));

        blocks.Add(AgreementBlock.Heading("Utbetalningar"));
        blocks.Add(AgreementBlock.Row(true, "År", "Belopp", "Villkor", "Tidigast"));
        foreach (var payment in file.Payments)
            blocks.Add(AgreementBlock.Row(false, payment.Year.ToString(SwedishTime.Culture), GrantDecisions.Kronor(payment.Amount), PaymentPlans.Conditions[payment.Condition], payment.NotBefore?.ToString("yyyy-MM-dd", SwedishTime.Culture) ?? "–"));

        blocks.Add(AgreementBlock.Heading("Redovisning"));
        blocks.Add(AgreementBlock.Paragraph("Stödmottagaren redovisar insatsen till förbundet: deltagare uppdelade på kön och orsak till avslut, kostnader per kostnadsslag mot budgeten, och en beskrivning av arbetet. Redovisningen lämnas via en länk som skickas till kontaktpersonen."));
        blocks.Add(AgreementBlock.Row(true, "Redovisning", "Period", "Senast"));
        foreach (var report in file.Reports)
            blocks.Add(AgreementBlock.Row(false, $"{report.Kind.SwedishLabel()} {report.Year}", $"{report.PeriodStart:yyyy-MM-dd}–{report.PeriodEnd:yyyy-MM-dd}", report.DueOn.ToString("yyyy-MM-dd", SwedishTime.Culture)));

        blocks.Add(AgreementBlock.Heading("Underskrifter"));
        blocks.Add(AgreementBlock.Paragraph("Avtalet har upprättats i två exemplar, ett till vardera parten."));
        blocks.Add(AgreementBlock.Signature($"För {association}"));
        blocks.Add(AgreementBlock.Signature($"För {a.ApplicantOrganisation}{(a.ApplicantSignatory is { } who ? $": {who}" : "")}"));
        blocks.Add(AgreementBlock.Paragraph("Ort och datum: ______________________________"));
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
