using System.Globalization;
using Platform.Features.Fees;
using Platform.Infrastructure;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Budgets.MemberReports;

/// <summary>The annual report to a member as a PDF, on the shared <see cref="TextPdf"/>.</summary>
internal static class MemberReportPdf
{
    public static string FileName(string member, int year) => $"Arsrapport-{year}-{SlugRules.Transliterate(member)}.pdf";

    public static byte[] Render(MemberReportContent c)
    {
        var blocks = new List<PdfBlock>
        {
            new PdfBlock.Title($"Årsrapport {c.Year} till {c.Member}"),
            new PdfBlock.Paragraph($"{c.Association}. Rapport till medlemmen om förbundets verksamhet {c.Year}, sammanställd {c.MadeOn:yyyy-MM-dd}.", Small: true),
            new PdfBlock.Heading("Er medlemsavgift"),
            new PdfBlock.Field($"Betalt för {c.Year}", Money.Kronor(c.Paid)),
            new PdfBlock.Heading(c.Municipality ? "Insatser för era invånare" : "Insatser där ni är huvudman eller samverkanspart"),
        };
        if (c.Interventions.Count == 0)
        {
            blocks.Add(new PdfBlock.Paragraph($"Inga insatser under {c.Year}."));
        }
        else
        {
            blocks.Add(new PdfBlock.Table(
                [new PdfColumn("Insats", 2.2), new PdfColumn("Kvinnor", 0.8, Amount: true), new PdfColumn("Män", 0.8, Amount: true), new PdfColumn("", 0.15), new PdfColumn("Avslutade, skäl", 2.1)],
                [.. c.Interventions.Select(x => (IReadOnlyList<string>)
                [
                    $"{x.Intervention.Name} ({x.Intervention.Start:yyyy-MM-dd} – {x.Intervention.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "pågår"})",
                    x.Figures is { } f ? f.Women.ToString(SwedishTime.Culture) : "–",
                    x.Figures is { } g ? g.Men.ToString(SwedishTime.Culture) : "–",
                    "",
                    x.Figures is null ? "Ingen deltagaruppföljning i plattformen" : Endings(x.Figures),
                ])]));
            blocks.Add(new PdfBlock.Paragraph("Kvinnor och män: deltagare som var aktiva någon gång under året. Avslutade: deltagare som avslutade under året, per skäl (kvinnor/män).", Small: true));
        }
        blocks.Add(new PdfBlock.Heading($"Styrelsens beslut {c.Year}"));
        blocks.Add(new PdfBlock.Paragraph(c.Decisions.Count == 0 ? null : string.Join("\n", c.Decisions.Select(d => $"{d.Label}: {d.Title}")),
            WhenEmpty: "Inga protokollförda beslut i plattformen."));
        return TextPdf.Render($"{c.Association}: årsrapport {c.Year} till {c.Member}", c.Association, blocks);
    }

    private static string Endings(Interventions.InterventionFigures.Period figures)
    {
        var ended = figures.EndedByReason.Where(e => e.Women + e.Men > 0).Select(e => $"{e.Name} {e.Women}/{e.Men}").ToList();
        return ended.Count == 0 ? "Inga" : string.Join(", ", ended);
    }
}
