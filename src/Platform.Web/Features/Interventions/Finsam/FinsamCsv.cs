using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Platform.Features.Interventions.Finsam;

/// <summary>
/// Uppföljning Finsam as a CSV that Excel opens right in Sweden: UTF-8 with a byte order mark,
/// semicolons between the fields, and Swedish numbers (decimal comma, no thousands separator).
/// </summary>
internal static class FinsamCsv
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string FileName(int year) => $"uppfoljning-finsam-{year}.csv";

    public static byte[] Write(FinsamYear year)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(Swedish) { Delimiter = ";", NewLine = "\r\n" }))
        {
            foreach (var heading in new[]
            {
                "År", "Insats", "Typ", "ESF-finansierad", "Insatskostnad budget", "Insatskostnad utfall",
                "ESF-insatskostnad budget", "ESF-insatskostnad utfall", "Planerat antal deltagare",
                "Deltagare kvinnor", "Deltagare män", "Deltagare totalt", "Kostnad per deltagare",
            })
                csv.WriteField(heading);
            csv.NextRecord();
            foreach (var row in year.Interventions)
            {
                csv.WriteField(year.Year);
                csv.WriteField(row.Name);
                csv.WriteField(row.KindLabel);
                csv.WriteField(row.EsfCoFinanced ? "Ja" : "Nej");
                csv.WriteField(row.CostBudget);
                csv.WriteField(row.CostOutcome);
                csv.WriteField(row.EsfCostBudget);
                csv.WriteField(row.EsfCostOutcome);
                csv.WriteField(row.PlannedParticipants);
                csv.WriteField(row.Women);
                csv.WriteField(row.Men);
                csv.WriteField(row.Participants);
                csv.WriteField<decimal?>(row.CostOutcome is { } cost && row.Participants > 0 ? Math.Round((decimal)cost / row.Participants, 2) : null);
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }
}
