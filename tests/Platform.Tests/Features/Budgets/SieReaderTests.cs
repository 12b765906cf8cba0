using System.Text;
using Platform.Features.Budgets.Outcome;

namespace Platform.Tests.Features.Budgets;

/// <summary>The SIE 4 reader on files the test writes in CP437, with the format's odd parts, and each refusal.</summary>
public sealed class SieReaderTests
{
    private static readonly Encoding Cp437 = MakeCp437();

    private static Encoding MakeCp437()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(437);
    }

    /// <summary>
    /// SUVS's books for 2022 as Fortnox writes them: quoted names with spaces, å/ä/ö and an escaped quote, a dimension and
    /// an object, balances, last year's rows (to be ignored), #PSALDO with and without objects, #RES, and a verification
    /// whose transactions carry object lists, dates and texts. <paramref name="body"/> replaces the amounts' part.
    /// </summary>
    internal static string Text(string? body = null, string orgnr = "556677-8899", string type = "4") => $$"""
        #FLAGGA 0
        #KSUMMA
        #PROGRAM "Fortnox" 3.0
        #FORMAT PC8
        #GEN 20230115
        #SIETYP {{type}}
        #FNAMN "Samordningsförbundet Södra Vägen"
        #ORGNR {{orgnr}}
        #RAR 0 20220101 20221231
        #RAR -1 20210101 20211231
        #KONTO 1930 "Företagskonto"
        #KONTO 3010 "Medlemsavgifter \"Staten\" och Region"
        #KONTO 5010 "Lokalhyra Åkersberga"
        #KONTO 7010 "Löner tjänstemän på kansliet"
        #KTYP 3010 I
        #DIM 1 "Kostnadsställe"
        #OBJEKT 1 "10" "Projekt Hoppet"
        #IB 0 1930 2382650.00
        #UB 0 1930 323650.00
        {{body ?? Amounts}}
        #KSUMMA
        """;

    internal const string Amounts = """
        #RES 0 3010 -1732500.00
        #RES -1 3010 -1.00
        #PSALDO 0 202203 3010 {} -866250.00
        #PSALDO 0 202206 3010 {} -866250.00
        #PSALDO 0 202203 5010 {} 12345.50
        #PSALDO 0 202203 5010 {1 "10"} 999.00
        #PSALDO 0 202206 5010 {} 50000.49
        #PSALDO 0 202209 7010 {} 40000.00
        #PSALDO -1 202106 3010 {} -5.00
        #VER A 1 20220315 "Hyra mars" 20220320
        {
           #TRANS 5010 {1 "10"} 1500.00 20220315 "Hyra {mars}"
           #TRANS 1930 {} -1500.00
        }
        """;

    /// <summary>The file's bytes in CP437 with its checksum written at the end.</summary>
    internal static byte[] File(string text) => SieChecksum.Sign(text);

    [Fact]
    public void Reads_a_cp437_file_with_quoted_names_objects_and_period_balances_taking_only_the_rows_without_objects()
    {
        var bytes = File(Text());
        Assert.Contains((byte)0x86, bytes); // å in CP437: the file really is PC8
        Assert.Contains((byte)0x8F, bytes); // Å

        var file = Assert.IsType<SieFile>(SieReader.Read(bytes).Value);
        Assert.Equal("556677-8899", file.OrganisationNumber);
        Assert.Equal("Samordningsförbundet Södra Vägen", file.CompanyName);
        Assert.Equal("Fortnox 3.0", file.Program);
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), (file.FiscalYearStart, file.FiscalYearEnd));
        Assert.Equal("Lokalhyra Åkersberga", file.AccountNames["5010"]);
        Assert.Equal("Medlemsavgifter \"Staten\" och Region", file.AccountNames["3010"]);
        Assert.Equal("Löner tjänstemän på kansliet", file.AccountNames["7010"]);
        Assert.Equal(SieSource.PeriodBalances, file.Source);
        Assert.Equal(
            [("3010", 3, -86_625_000L), ("3010", 6, -86_625_000L), ("5010", 3, 1_234_550L), ("5010", 6, 5_000_049L), ("7010", 9, 4_000_000L)],
            file.Months.Select(m => (m.Account, m.Month, m.AmountOre)));
        Assert.All(file.Months, m => Assert.Equal(2022, m.Year));
    }

    [Fact]
    public void Without_period_balances_the_verifications_are_summed_per_month_and_with_only_the_years_result_it_lands_in_december()
    {
        var verifications = """
            #VER A 1 20220315 "Hyra mars"
            {
               #TRANS 5010 {1 "10"} 1500.00 20220315 "Hyra"
               #TRANS 5010 {} -250.50
               #TRANS 1930 {} -1249.50
            }
            #VER B 7 20220630 "Avgift {Region}"
            {
               #TRANS 3010 {} -866250.00 20220701
               #TRANS 1930 {1 "10"} 866250.00
            }
            """;
        var file = SieReader.Read(File(Text(verifications))).Value!;
        Assert.Equal(SieSource.Transactions, file.Source);
        Assert.Equal([("3010", 7, -86_625_000L), ("5010", 3, 124_950L)], file.Months.Select(m => (m.Account, m.Month, m.AmountOre)));

        // A program that writes the balance so far in the year: #RES shows it, and the months become movements.
        var soFar = SieReader.Read(File(Text("#RES 0 3010 -1732500.00\n#PSALDO 0 202203 3010 {} -866250.00\n#PSALDO 0 202206 3010 {} -1732500.00"))).Value!;
        Assert.Equal([(3, -86_625_000L), (6, -86_625_000L)], soFar.Months.Select(m => (m.Month, m.AmountOre)));

        var resultOnly = SieReader.Read(File(Text("#RES 0 3010 -6930000.00\n#RES 0 7010 1989000.25\n#RES -1 7010 1.00"))).Value!;
        Assert.Equal(SieSource.YearResult, resultOnly.Source);
        Assert.Equal([("3010", 12, -693_000_000L), ("7010", 12, 198_900_025L)], resultOnly.Months.Select(m => (m.Account, m.Month, m.AmountOre)));
    }

    [Fact]
    public void The_checksum_is_the_standard_crc32_and_a_file_changed_after_export_is_refused()
    {
        Assert.Equal(0xCBF43926u, SieChecksum.Finish(SieChecksum.Add(uint.MaxValue, "123456789"u8))); // CRC-32's check value

        var bytes = File(Text());
        Assert.True(SieReader.Read(bytes).Succeeded);
        var text = Cp437.GetString(bytes);
        var changed = Cp437.GetBytes(text.Replace("12345.50", "12845.50", StringComparison.Ordinal));
        Assert.Contains("kontrollsumma (#KSUMMA) stämmer inte", Refusal(changed), StringComparison.Ordinal);
        // Without #KSUMMA at all there is nothing to check.
        Assert.True(SieReader.Read(Cp437.GetBytes(Text().Replace("#KSUMMA\n", "", StringComparison.Ordinal).Replace("\n#KSUMMA", "", StringComparison.Ordinal))).Succeeded);
    }

    [Fact]
    public void Refuses_what_is_not_a_sie_4_file_in_pc8_saying_why()
    {
        Assert.StartsWith("Filen är inte en SIE-fil", Refusal(Encoding.ASCII.GetBytes("Datum;Konto;Belopp\n2022-03-15;5010;1500\n")), StringComparison.Ordinal);
        Assert.StartsWith("Filen är inte en SIE-fil", Refusal([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]));
        Assert.Contains("SIE-fil av typ 2", Refusal(File(Text(type: "2"))), StringComparison.Ordinal);
        Assert.Contains("#RAR 0", Refusal(File(Text().Replace("#RAR 0 20220101 20221231\n", "", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.Contains("\"1 500,50\" är inte ett belopp", Refusal(File(Text("#PSALDO 0 202203 5010 {} \"1 500,50\""))), StringComparison.Ordinal);

        // The same text saved as UTF-8 by an editor ("Ã¥" where å should be): refused, not guessed at.
        var utf8 = Encoding.UTF8.GetBytes(Cp437.GetString(File(Text())));
        Assert.Contains((byte)0xC3, utf8);
        Assert.Contains("UTF-8", Refusal(utf8), StringComparison.Ordinal);
    }

    private static string Refusal(byte[] bytes)
    {
        var outcome = SieReader.Read(bytes);
        Assert.False(outcome.Succeeded);
        return Assert.Single(outcome.Errors!["file"]);
    }
}
