using Platform.Features.Grants.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Documents;

namespace Platform.Features.Grants.Apply;

/// <summary>The submitted application as a PDF (the receipt's attachment and the version's copy), on the shared <see cref="TextPdf"/>.</summary>
internal static class ApplicationPdf
{
    public static byte[] Render(string association, FundingApplication a, int version, ApplicationTemplate template, ApplicationRows rows, IReadOnlyList<string> attachments, DateTime submittedAt)
    {
        var what = version > 1 ? $"Reviderad ansökan (version {version})" : "Ansökan om medel";
        var members = template.Members.ToDictionary(m => m.Id, m => m.Name);
        var blocks = new List<PdfBlock>
        {
            new PdfBlock.Title($"{what}: {a.Title}"),
            new PdfBlock.Paragraph($"{association}. Ansökan {a.Number}, inskickad {SwedishTime.DateOf(submittedAt):yyyy-MM-dd}.", Small: true),
            new PdfBlock.Heading("Sökande (stödmottagare)"),
            new PdfBlock.Field("Medlem", a.ApplicantMemberId is { } id && members.TryGetValue(id, out var name) ? name : null),
            new PdfBlock.Field("Organisation", a.ApplicantOrganisation),
            new PdfBlock.Field("Enhet", a.ApplicantUnit),
            new PdfBlock.Field("Behörig att teckna avtal", a.ApplicantSignatory),
            new PdfBlock.Field("Organisationsnummer", a.ApplicantOrganisationNumber),
            new PdfBlock.Field("Postadress", $"{a.ApplicantStreet}, {a.ApplicantPostalCode} {a.ApplicantCity}"),
            new PdfBlock.Field("Kontaktperson", a.ContactName),
            new PdfBlock.Field("Telefon", a.ContactPhone),
            new PdfBlock.Field("E-post", a.ContactEmail),
            new PdfBlock.Field(a.PaymentAccountKind == PaymentAccountKind.Plusgiro ? "Plusgiro" : "Bankgiro", a.PaymentAccount),
            new PdfBlock.Heading("Samverkansparter"),
        };
        foreach (var p in rows.Parties)
        {
            blocks.Add(new PdfBlock.Field("Samverkanspart", p.Organisation + (p.MemberId is null ? " (inte medlem)" : "")));
            blocks.Add(new PdfBlock.Field("Enhet", p.Unit));
            blocks.Add(new PdfBlock.Field("Behörig att teckna avtal", p.Signatory));
            blocks.Add(new PdfBlock.Field("Kontaktperson", string.Join(", ", new[] { p.ContactName, p.ContactPhone, p.ContactEmail }.Where(x => !string.IsNullOrWhiteSpace(x)))));
            blocks.Add(new PdfBlock.Space(4));
        }
        blocks.Add(new PdfBlock.Heading("Insatsen"));
        blocks.Add(new PdfBlock.Field("Insatsens namn", a.Title));
        blocks.Add(new PdfBlock.Field("Period", $"{a.PeriodStart:yyyy-MM-dd} – {a.PeriodEnd:yyyy-MM-dd}"));
        blocks.Add(new PdfBlock.Heading("Sammanfattning"));
        blocks.Add(new PdfBlock.Paragraph(a.Summary));
        foreach (var section in template.Sections)
        {
            blocks.Add(new PdfBlock.Heading(section.Title));
            blocks.Add(new PdfBlock.Paragraph(rows.Answers.FirstOrDefault(x => x.SectionId == section.Id)?.Text));
        }
        blocks.Add(new PdfBlock.Heading("Mål och indikatorer"));
        blocks.Add(new PdfBlock.Table([new PdfColumn("Mål", 1), new PdfColumn("Indikator", 1)], rows.Goals.Select(g => (IReadOnlyList<string>)[g.Text, g.Indicator ?? ""]).ToList()));

        var years = ApplicationPeriod.Years(a.PeriodStart, a.PeriodEnd);
        blocks.Add(new PdfBlock.Heading("Sökta medel (kronor)"));
        var columns = new List<PdfColumn> { new("Kostnadsslag", 2.4) };
        columns.AddRange(years.Select(y => new PdfColumn(y.ToString(SwedishTime.Culture), 1, Amount: true)));
        columns.Add(new PdfColumn("Summa", 1.1, Amount: true));
        var budgetRows = new List<IReadOnlyList<string>>();
        foreach (var type in template.CostTypes)
        {
            var line = rows.Budget.FirstOrDefault(l => l.CostTypeId == type.Id);
            var cells = new List<string> { type.Name + (line?.Specification is { } spec ? $" ({spec})" : "") };
            cells.AddRange(years.Select(y => Kronor(line?.Amounts.Where(x => x.Year == y).Sum(x => x.Amount) ?? 0)));
            cells.Add(Kronor(line?.Amounts.Sum(x => x.Amount) ?? 0));
            budgetRows.Add(cells);
        }
        var total = new List<string> { "Summa" };
        total.AddRange(years.Select(y => Kronor(rows.Budget.SelectMany(l => l.Amounts).Where(x => x.Year == y).Sum(x => x.Amount))));
        total.Add(Kronor(rows.Budget.SelectMany(l => l.Amounts).Sum(x => x.Amount)));
        blocks.Add(new PdfBlock.Table(columns, budgetRows, total));

        blocks.Add(new PdfBlock.Heading("Bilagor"));
        blocks.Add(new PdfBlock.Paragraph(attachments.Count == 0 ? null : string.Join("\n", attachments), WhenEmpty: "Inga bilagor."));
        return TextPdf.Render($"{association}: ansökan {a.Number}", association, blocks);
    }

    private static string Kronor(long amount) => amount.ToString("N0", SwedishTime.Culture);
}
