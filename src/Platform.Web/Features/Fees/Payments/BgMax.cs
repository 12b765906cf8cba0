using System.Globalization;
using System.Text;

namespace Platform.Features.Fees.Payments;

/// <summary>
/// Bankgirot's BgMax format for incoming payments: fixed-width 80-character records named by their
/// first two digits. 01 starts the file (layout name BGMAX, timestamp), 05 opens a deposit for a
/// receiving bankgiro, 20 is a payment (sender bankgiro, reference, amount in öre, reference code:
/// 2 = a correct OCR), 21 a deduction, 26 the payer's name, 15 closes the deposit with its date, and
/// 70 ends the file with counts that are checked. Other records (addresses, extra references) are
/// read past.
/// </summary>
internal static class BgMax
{
    public static BgMaxFile Parse(byte[] content)
    {
        // BgMax is ISO 8859-1 in practice.
        var lines = Encoding.Latin1.GetString(content).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0 || !lines[0].StartsWith("01BGMAX", StringComparison.Ordinal))
            throw new BgMaxFormatException("Filen är ingen BgMax-fil: första raden ska börja med 01BGMAX.");

        var timestamp = Field(lines[0], 25, 20, 1);
        var test = Field(lines[0], 45, 1, 1) == "T";
        string? bankgiro = null;
        var payments = new List<BgMaxPayment>();
        var open = new List<(string Reference, int Code, long Amount, string Sender, string? Payer)>();
        int paymentRecords = 0, deductionRecords = 0, depositRecords = 0;
        var ended = false;
        for (var n = 1; n < lines.Count; n++)
        {
            var line = lines[n];
            var number = n + 1;
            switch (line[..Math.Min(2, line.Length)])
            {
                case "05":
                    var receiver = Field(line, 3, 10, number).TrimStart('0');
                    bankgiro ??= receiver;
                    if (receiver != bankgiro) throw new BgMaxFormatException($"Rad {number}: filen gäller flera bankgironummer; importera en fil per bankgiro.");
                    break;
                case "20":
                case "21":
                    var amount = Number(line, 38, 18, number);
                    var reference = Field(line, 13, 25, number).Trim();
                    var code = (int)Number(line, 56, 1, number);
                    open.Add((reference, code, line[..2] == "21" ? -amount : amount, Field(line, 3, 10, number).TrimStart('0'), null));
                    if (line[..2] == "20") paymentRecords++;
                    else deductionRecords++;
                    break;
                case "26":
                    if (open.Count == 0) throw new BgMaxFormatException($"Rad {number}: en namnpost utan betalning före.");
                    open[^1] = open[^1] with { Payer = Field(line, 3, 35, number).Trim() };
                    break;
                case "15":
                    var date = Field(line, 38, 8, number);
                    if (!DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var paidOn))
                        throw new BgMaxFormatException($"Rad {number}: betalningsdagen '{date}' är inget datum.");
                    var count = Number(line, 72, 8, number);
                    if (count != open.Count) throw new BgMaxFormatException($"Rad {number}: insättningen anger {count} betalningar men {open.Count} står före den.");
                    payments.AddRange(open.Select(p => new BgMaxPayment(p.Reference, p.Code, p.Amount, paidOn, p.Sender, p.Payer)));
                    open.Clear();
                    depositRecords++;
                    break;
                case "70":
                    if (Number(line, 3, 8, number) != paymentRecords || Number(line, 11, 8, number) != deductionRecords || Number(line, 27, 8, number) != depositRecords)
                        throw new BgMaxFormatException($"Rad {number}: slutposten stämmer inte med filens innehåll; filen kan vara ofullständig.");
                    ended = true;
                    break;
                case "22" or "23" or "25" or "27" or "28" or "29":
                    break;
                default:
                    throw new BgMaxFormatException($"Rad {number}: okänd posttyp '{line[..Math.Min(2, line.Length)]}'.");
            }
        }
        if (!ended) throw new BgMaxFormatException("Filen saknar slutpost (70); den kan vara avklippt.");
        if (open.Count > 0) throw new BgMaxFormatException("Det finns betalningar efter sista insättningsposten (15).");
        if (bankgiro is null) throw new BgMaxFormatException("Filen saknar öppningspost (05) med bankgironummer.");
        return new BgMaxFile(timestamp, test, bankgiro, payments);
    }

    /// <summary>The text at 1-based <paramref name="position"/>.</summary>
    private static string Field(string line, int position, int length, int lineNumber) =>
        line.Length >= position - 1 + length
            ? line.Substring(position - 1, length)
            : throw new BgMaxFormatException($"Rad {lineNumber} är för kort ({line.Length} tecken).");

    private static long Number(string line, int position, int length, int lineNumber)
    {
        var text = Field(line, position, length, lineNumber).Trim();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new BgMaxFormatException($"Rad {lineNumber}, position {position}: '{text}' är inget tal.");
    }

    /// <summary>Writes a BgMax file (for tests and the demo: what Bankgirot would send).</summary>
    public static byte[] Write(string timestamp, string bankgiro, IReadOnlyList<(DateOnly PaidOn, IReadOnlyList<(string Reference, long AmountOre, string? Payer)> Payments)> deposits)
    {
        var lines = new List<string> { $"01{"BGMAX",-20}01{timestamp,-20}P".PadRight(80) };
        var count = 0;
        var serial = 1;
        foreach (var (paidOn, list) in deposits)
        {
            lines.Add($"05{Bankgiro.Digits(bankgiro)!.PadLeft(10, '0')}{"",10}SEK".PadRight(80));
            foreach (var (reference, amount, payer) in list)
            {
                var code = Ocr.IsValid(reference) ? "2" : "5";
                lines.Add($"20{"0009912346"}{reference,-25}{amount.ToString(CultureInfo.InvariantCulture).PadLeft(18, '0')}{code}1{serial++.ToString(CultureInfo.InvariantCulture).PadLeft(12, '0')}0".PadRight(80));
                if (payer is not null) lines.Add($"26{(payer.Length > 35 ? payer[..35] : payer),-35}".PadRight(80));
                count++;
            }
            lines.Add($"15{"12345678901",-35}{paidOn:yyyyMMdd}00001{list.Sum(p => p.AmountOre).ToString(CultureInfo.InvariantCulture).PadLeft(18, '0')}SEK{list.Count.ToString(CultureInfo.InvariantCulture).PadLeft(8, '0')}K".PadRight(80));
        }
        lines.Add($"70{count.ToString(CultureInfo.InvariantCulture).PadLeft(8, '0')}{"0".PadLeft(8, '0')}{"0".PadLeft(8, '0')}{deposits.Count.ToString(CultureInfo.InvariantCulture).PadLeft(8, '0')}".PadRight(80));
        return Encoding.Latin1.GetBytes(string.Join("\r\n", lines) + "\r\n");
    }
}
