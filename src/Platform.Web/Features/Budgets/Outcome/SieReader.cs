using System.Globalization;
using System.Text;

namespace Platform.Features.Budgets.Outcome;

/// <summary>
/// Reads a SIE 4 file (SIE-gruppen's format, "SIE typ 4": the accounting program's export with verifications) into
/// what the outcome needs; anything else is refused with a Swedish message for the file field. A pure class: bytes in,
/// <see cref="SieFile"/> or field errors out.
/// <list type="bullet">
/// <item>The text is PC8 (CP437), the only character set the format allows (#FORMAT PC8).</item>
/// <item>A file that is valid UTF-8 with letters beyond ASCII is refused rather than guessed at: SIE allows only PC8, and a
/// UTF-8 file has been saved by something other than the accounting program (an editor), so its checksum and figures
/// cannot be trusted either; exporting again gives a correct file.</item>
/// <item>The monthly outcome of each result account (BAS classes 3–8) comes from the #PSALDO rows of year 0 without
/// objects ({}) when there are any (balances so far in the year are turned into each month's movement when #RES shows
/// that is what they are), else from the #TRANS rows of the verifications summed per month, else from #RES
/// (the year's result) put in the fiscal year's last month.</item>
/// <item>#KSUMMA at the start and a #KSUMMA with a number at the end: the checksum (<see cref="SieChecksum"/>) must match.</item>
/// </list>
/// </summary>
internal static class SieReader
{
    public const string NotSie = "Filen är inte en SIE-fil: välj den SIE 4-fil som bokföringsprogrammet exporterar (i Fortnox: Arkiv, Exportera SIE, typ 4).";

    /// <summary>Code page 437, "PC8".</summary>
    public static Encoding Pc8 { get; } = MakePc8();

    private static Encoding MakePc8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(437);
    }

    private static Failure Refuse(string message) => Outcomes.Invalid("file", message);

    public static Outcome<SieFile> Read(byte[] bytes)
    {
        if (bytes.Length == 0) return Refuse("Välj en SIE-fil.");
        if (IsUtf8(bytes))
            return Refuse("Filen är sparad som UTF-8 (å, ä och ö blir fel, till exempel \"Ã¥\"), men en SIE-fil ska vara i teckentabellen PC8 (#FORMAT PC8). Exportera filen på nytt från bokföringsprogrammet och läs in den utan att öppna och spara den i ett annat program.");
        if (bytes.AsSpan().IndexOf((byte)0) >= 0) return Refuse(NotSie);

        var records = Records(Pc8.GetString(bytes));
        if (records.Count == 0 || !records[0].Label.StartsWith('#') || records.All(r => r.Label != "#SIETYP")) return Refuse(NotSie);

        var type = records.First(r => r.Label == "#SIETYP");
        var typeText = type.Parts.Count > 1 ? type.Parts[1].Text : "";
        if (typeText != "4")
            return Refuse($"Filen är en SIE-fil av typ {(typeText.Length > 0 ? typeText : "okänd")}, men utfallet läses från SIE typ 4 (med verifikationer). Exportera en SIE 4-fil från bokföringsprogrammet.");

        if (Checksum(records) is { } problem) return Refuse(problem);

        string? organisationNumber = null, company = null, program = null;
        DateOnly? start = null, end = null;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var periods = new Dictionary<(string, int, int), long>();
        var transactions = new Dictionary<(string, int, int), long>();
        var results = new Dictionary<string, long>(StringComparer.Ordinal);
        DateOnly? verificationDate = null;

        foreach (var record in records)
        {
            var p = record.Parts;
            string? Field(int i) => i < p.Count ? p[i].Text : null;
            string Where() => $"Rad {record.Line} ({record.Label})";
            switch (record.Label)
            {
                case "#FORMAT" when Field(1) is { } format && !format.Equals("PC8", StringComparison.OrdinalIgnoreCase):
                    return Refuse($"Filen anger teckentabellen {format}, men en SIE-fil ska vara i PC8 (#FORMAT PC8). Exportera filen på nytt från bokföringsprogrammet.");
                case "#ORGNR":
                    var digits = new string((Field(1) ?? "").Where(char.IsAsciiDigit).ToArray());
                    if (digits.Length != 10) return Refuse($"{Where()}: organisationsnumret \"{Field(1)}\" har inte tio siffror.");
                    organisationNumber = $"{digits[..6]}-{digits[6..]}";
                    break;
                case "#FNAMN":
                    company = Field(1);
                    break;
                case "#PROGRAM":
                    program = string.Join(' ', p.Skip(1).Select(x => x.Text));
                    break;
                case "#RAR" when Field(1) == "0":
                    start = Date(Field(2));
                    end = Date(Field(3));
                    if (start is null || end is null || end < start) return Refuse($"{Where()}: räkenskapsårets datum ska skrivas ÅÅÅÅMMDD, till exempel 20220101 20221231.");
                    break;
                case "#KONTO" when Field(1) is { } account:
                    names[account] = Field(2) ?? "";
                    break;
                case "#RES" when Field(1) == "0" && IsResultAccount(Field(2)):
                    if (Ore(Field(3)) is not { } res) return Refuse(BadAmount(Where(), Field(3)));
                    results[Field(2)!] = results.GetValueOrDefault(Field(2)!) + res;
                    break;
                case "#PSALDO" when Field(1) == "0" && IsResultAccount(Field(3)):
                    {
                        // #PSALDO årsnr period konto {objekt} saldo: only the rows without objects are the account's totals.
                        if (Field(4) != "{") return Refuse($"{Where()}: objektlistan {{}} saknas.");
                        var close = IndexOfClose(p, 4);
                        if (close < 0) return Refuse($"{Where()}: objektlistan saknar }}.");
                        if (close != 5) break;
                        var period = Field(2) ?? "";
                        if (period.Length != 6 || !int.TryParse(period[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                            || !int.TryParse(period[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
                            return Refuse($"{Where()}: perioden \"{period}\" ska skrivas ÅÅÅÅMM.");
                        if (Ore(Field(close + 1)) is not { } saldo) return Refuse(BadAmount(Where(), Field(close + 1)));
                        periods[(Field(3)!, y, m)] = periods.GetValueOrDefault((Field(3)!, y, m)) + saldo;
                        break;
                    }
                case "#VER":
                    verificationDate = Date(Field(3));
                    if (verificationDate is null) return Refuse($"{Where()}: verifikationsdatumet \"{Field(3)}\" ska skrivas ÅÅÅÅMMDD.");
                    break;
                case "#TRANS":
                    {
                        // #TRANS kontonr {objektlista} belopp [transdat] [transtext] …
                        if (verificationDate is null) return Refuse($"{Where()}: transaktionen står utanför en verifikation (#VER).");
                        if (Field(2) != "{") return Refuse($"{Where()}: objektlistan {{}} saknas.");
                        var close = IndexOfClose(p, 2);
                        if (close < 0) return Refuse($"{Where()}: objektlistan saknar }}.");
                        if (Ore(Field(close + 1)) is not { } amount) return Refuse(BadAmount(Where(), Field(close + 1)));
                        if (!IsResultAccount(Field(1))) break;
                        var date = Field(close + 2) is { Length: > 0 } d ? Date(d) : verificationDate;
                        if (date is null) return Refuse($"{Where()}: transaktionsdatumet \"{Field(close + 2)}\" ska skrivas ÅÅÅÅMMDD.");
                        var key = (Field(1)!, date.Value.Year, date.Value.Month);
                        transactions[key] = transactions.GetValueOrDefault(key) + amount;
                        break;
                    }
                case "}":
                    verificationDate = null;
                    break;
            }
        }

        if (start is null || end is null) return Refuse("Filen saknar räkenskapsåret (#RAR 0 med första och sista dag). Exportera en SIE 4-fil för det räkenskapsår du vill läsa in.");
        if (organisationNumber is null) return Refuse("Filen saknar organisationsnummer (#ORGNR), så det går inte att se att den gäller förbundet.");

        SieSource source;
        List<SieMonth> months;
        if (periods.Count > 0)
        {
            source = SieSource.PeriodBalances;
            Uncumulate(periods, results);
            months = [.. periods.Select(x => new SieMonth(x.Key.Item1, x.Key.Item2, x.Key.Item3, x.Value))];
        }
        else if (transactions.Count > 0)
        {
            source = SieSource.Transactions;
            months = [.. transactions.Select(x => new SieMonth(x.Key.Item1, x.Key.Item2, x.Key.Item3, x.Value))];
        }
        else if (results.Count > 0)
        {
            source = SieSource.YearResult;
            months = [.. results.Select(x => new SieMonth(x.Key, end.Value.Year, end.Value.Month, x.Value))];
        }
        else
        {
            source = SieSource.None;
            months = [];
        }
        months = [.. months.Where(m => m.AmountOre != 0).OrderBy(m => m.Account, StringComparer.Ordinal).ThenBy(m => m.Year).ThenBy(m => m.Month)];
        return Outcomes.Ok(new SieFile(organisationNumber, company, program, start.Value, end.Value, names, months, source));
    }

    /// <summary>
    /// Programs differ on whether a result account's #PSALDO is the month's movement or the balance so far in the year.
    /// Where #RES shows which (the months do not add up to the year's result, but the last month equals it), the balances
    /// so far are turned into each month's movement.
    /// </summary>
    private static void Uncumulate(Dictionary<(string Account, int Year, int Month), long> periods, Dictionary<string, long> results)
    {
        foreach (var account in periods.Keys.Select(k => k.Account).Distinct().ToList())
        {
            if (!results.TryGetValue(account, out var result)) continue;
            var months = periods.Where(p => p.Key.Account == account).OrderBy(p => p.Key.Year).ThenBy(p => p.Key.Month).ToList();
            if (months.Count < 2 || months.Sum(m => m.Value) == result || months[^1].Value != result) continue;
            var before = 0L;
            foreach (var (key, value) in months)
            {
                periods[key] = value - before;
                before = value;
            }
        }
    }

    /// <summary>An account of the result (BAS classes 3–8: income, costs, financial items, appropriations and tax).</summary>
    public static bool IsResultAccount(string? account) =>
        account is { Length: >= 4 } a && a.All(char.IsAsciiDigit) && a[0] is >= '3' and <= '8';

    private static string BadAmount(string where, string? text) =>
        $"{where}: \"{text}\" är inte ett belopp (skrivs med punkt som decimaltecken och högst två decimaler, till exempel -1500.50).";

    private static int IndexOfClose(IReadOnlyList<SiePart> parts, int open)
    {
        for (var i = open + 1; i < parts.Count; i++)
            if (parts[i].Is("}")) return i;
        return -1;
    }

    /// <summary>An amount as SIE writes it ("-1500.50", "12345", "0.5") in öre.</summary>
    public static long? Ore(string? text)
    {
        if (text is null || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        var ore = value * 100;
        return ore == decimal.Truncate(ore) && Math.Abs(ore) < long.MaxValue / 2 ? (long)ore : null;
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool IsUtf8(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return true;
        if (!bytes.Any(b => b >= 0x80)) return false;
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Checks #KSUMMA when the file has one at its start and one with a number at its end; null when it holds.</summary>
    private static string? Checksum(List<SieRecord> records)
    {
        var first = records.FindIndex(r => r.Label == "#KSUMMA");
        if (first < 0) return null;
        var last = records.FindLastIndex(r => r.Label == "#KSUMMA");
        if (last == first || records[last].Parts.Count < 2)
            return "Filen har en kontrollsumma (#KSUMMA) i början men ingen i slutet: filen är troligen avkortad. Exportera den på nytt.";
        var written = records[last].Parts[1].Text;
        var sum = SieChecksum.Of(records.Skip(first + 1).Take(last - first - 1).Select(r => r.Parts.Select(p => p.Text)));
        var matches = (uint.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var u) && u == sum)
            || (int.TryParse(written, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) && unchecked((uint)s) == sum);
        return matches ? null : "Filens kontrollsumma (#KSUMMA) stämmer inte: filen har ändrats eller skadats efter exporten. Exportera den på nytt från bokföringsprogrammet.";
    }

    /// <summary>The file's lines as records: fields split on blanks, quoted fields with \" and \\ escapes, braces as their own parts.</summary>
    public static List<SieRecord> Records(string text)
    {
        var records = new List<SieRecord>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            var parts = new List<SiePart>();
            var i = 0;
            while (i < line.Length)
            {
                var c = line[i];
                if (c is ' ' or '\t') { i++; continue; }
                if (c is '{' or '}') { parts.Add(new SiePart(c.ToString(), false)); i++; continue; }
                var field = new StringBuilder();
                if (c == '"')
                {
                    i++;
                    while (i < line.Length && line[i] != '"')
                    {
                        if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\') i++;
                        field.Append(line[i++]);
                    }
                    i++;
                    parts.Add(new SiePart(field.ToString(), true));
                    continue;
                }
                while (i < line.Length && line[i] is not (' ' or '\t' or '{' or '}' or '"')) field.Append(line[i++]);
                parts.Add(new SiePart(field.ToString(), false));
            }
            if (parts.Count > 0) records.Add(new SieRecord(n + 1, parts));
        }
        return records;
    }
}
