using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Payments;

/// <summary>The payments due as a CSV that Excel opens right in Sweden: UTF-8 with a byte order mark, semicolons, whole kronor.</summary>
internal static class DueCsv
{
    public static string FileName(DateOnly today) => $"utbetalningar-{today:yyyy-MM-dd}.csv";

    public static byte[] Write(IReadOnlyList<DuePayment> due)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.GetCultureInfo("sv-SE")) { Delimiter = ";", NewLine = "\r\n" }))
        {
            foreach (var heading in new[] { "Ansökan", "Insats", "Mottagare", "Kontotyp", "Konto", "År", "Belopp (kr)", "Villkor", "Villkoret uppfyllt" })
                csv.WriteField(heading);
            csv.NextRecord();
            foreach (var p in due)
            {
                csv.WriteField(p.Number);
                csv.WriteField(p.Title);
                csv.WriteField(p.Applicant);
                csv.WriteField(p.AccountKind switch { PaymentAccountKind.Bankgiro => "Bankgiro", PaymentAccountKind.Plusgiro => "Plusgiro", _ => "" });
                csv.WriteField(p.Account ?? "");
                csv.WriteField(p.Year);
                csv.WriteField(p.Amount.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(p.Condition.SwedishLabel());
                csv.WriteField(p.ConditionMetOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }
}
