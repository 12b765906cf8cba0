using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Platform.Infrastructure.Identity;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Budgets.Export;

/// <summary>SUVS's 2022 budget printed and in Excel: the paper's numbers, and in Excel every sum a formula that adds up.</summary>
public sealed partial class BudgetExportTests(SharedPlatform shared) : IClassFixture<SharedPlatform>
{
    private readonly PlatformFactory platform = shared.Platform;

    private static readonly string[] HeaderCells = ["B3", "C3", "D3", "E3", "F3"];
    private static readonly string[] Sums = ["Medlemsavgift kommunerna, varav", "ESF-medel, varav", "Summa intäkter", "Summa kostnader", "Årets resultat", "Balanserat resultat årets slut", "Summa insatser", "Summa stöd för samverkan", "Summa administrativa kostnader", "Styrelse och revision, varav", "Insatser"];

    [Fact]
    public async Task The_print_page_has_the_papers_two_tables_title_status_and_sums()
    {
        var tenant = await platform.ProvisionAsync("suvs-print", "Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna");
        await SuvsPaper.SeedAsync(platform, tenant);
        var reader = await platform.SignedInAsync(tenant, Roles.Board);

        var html = WebUtility.HtmlDecode(await reader.GetStringAsync("/budget/2022/utskrift"));
        Assert.Contains("Budget 2022 och verksamhetsplan 2022–2024", html, StringComparison.Ordinal);
        Assert.Contains("Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna", html, StringComparison.Ordinal);
        Assert.Contains("Förslag", html, StringComparison.Ordinal);
        Assert.Contains("Intäkter och kostnader i sammanfattning", html, StringComparison.Ordinal);
        Assert.Contains("Spec av Insatser, Stöd för samverkan samt adm. Kostnader", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Prognos 2021", html, StringComparison.Ordinal);
        // Summa intäkter, thin spaces between the thousands, in the five columns.
        Assert.Matches("Summa intäkter</th>\\s*<td class=\"num\">11\u2009430\u2009000</td>\\s*<td class=\"num\">11\u2009480\u2009000</td>\\s*<td class=\"num\">9\u2009830\u2009000</td>", html);
        Assert.Contains("\u22122\u2009059\u2009000", html, StringComparison.Ordinal);
        Assert.Contains(">415\u2009514<", html, StringComparison.Ordinal);
        Assert.Contains("@page", await reader.GetStringAsync("/css/site.css"), StringComparison.Ordinal);

        // Version 1 of 2021, adopted: "Fastställt av styrelsen den 26 november 2020"; no budget for 2030.
        var adopted = WebUtility.HtmlDecode(await reader.GetStringAsync("/budget/2021/utskrift?version=1"));
        Assert.Contains("Fastställt av styrelsen den 26 november 2020", adopted, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/budget/2030/utskrift")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/budget/2022/utskrift?version=7")).StatusCode);
    }

    [Fact]
    public async Task The_excel_file_has_the_lines_numbers_and_every_sum_as_a_formula_that_adds_up_to_the_paper()
    {
        var tenant = await platform.ProvisionAsync("suvs-excel");
        await SuvsPaper.SeedAsync(platform, tenant);
        var reader = await platform.SignedInAsync(tenant, Roles.Board);

        var response = await reader.GetAsync("/budget/2022/excel");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("budget-2022.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("Budget 2022", sheets[0].Name!.Value);
        var cells = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        var labels = cells.Values.Where(c => c.CellReference!.Value!.StartsWith('A')).Select(c => (Row: Row(c.CellReference!), Text: c.InnerText)).ToList();
        Assert.Equal("Budget 2022 och verksamhetsplan 2022–2024", cells["A1"].InnerText);
        Assert.Equal(["Budget 2021", "Prognos 2021", "Budget 2022", "Budget 2023", "Budget 2024"], HeaderCells.Select(r => cells[r].InnerText));

        long Value(string reference) => long.Parse(cells[reference].CellValue!.Text, CultureInfo.InvariantCulture);
        long[] RowValues(int row) => [.. "BCDEF".Select(l => Value($"{l}{row}"))];

        // Each line's numbers are the sheet's (the paper's); the first table's line and the specification's are found by label.
        foreach (var line in SuvsPaper.Lines)
        {
            var row = labels.First(l => l.Text == line.Name).Row;
            Assert.Equal([line.Budget2021, line.Forecast2021, line.Budget2022, line.Plan2023, line.Plan2024], RowValues(row));
            Assert.All("BCDEF", l => Assert.Null(cells[$"{l}{row}"].CellFormula));
        }

        // Every sum is a formula whose cells add up to its cached value.
        foreach (var label in Sums)
        {
            foreach (var row in labels.Where(l => l.Text == label && cells.ContainsKey($"B{l.Row}")).Select(l => l.Row))
            {
                foreach (var letter in "BCDEF")
                {
                    var cell = cells[$"{letter}{row}"];
                    Assert.False(string.IsNullOrEmpty(cell.CellFormula?.Text), $"{label} {letter}{row} has no formula");
                    Assert.Equal(Value($"{letter}{row}"), Evaluate(cell.CellFormula!.Text, Value));
                }
            }
        }
        var Of = (string label) => RowValues(labels.First(l => l.Text == label).Row);
        Assert.Equal([11_430_000, 11_480_000, 9_830_000, 6_930_000, 6_930_000], Of("Summa intäkter"));
        Assert.Equal([12_990_000, 10_990_000, 11_889_000, 6_913_780, 6_854_356], Of("Summa kostnader"));
        Assert.Equal([-1_560_000, 490_000, -2_059_000, 16_220, 75_644], Of("Årets resultat"));
        Assert.Equal([332_650, 2_382_650, 323_650, 339_870, 415_514], Of("Balanserat resultat årets slut"));
        Assert.Equal([2_720_000, 2_480_000, 2_679_000, 2_723_780, 2_764_356], Of("Summa administrativa kostnader"));
        // The plan years open with the column before's closing balance, as formulas.
        var opening = labels.First(l => l.Text == "Balanserat resultat årets början").Row;
        var closing = labels.First(l => l.Text == "Balanserat resultat årets slut").Row;
        Assert.Equal($"D{closing}", cells[$"E{opening}"].CellFormula!.Text);
        Assert.Equal($"E{closing}", cells[$"F{opening}"].CellFormula!.Text);
        Assert.Equal([1_892_650, 1_892_650, 2_382_650, 323_650, 339_870], RowValues(opening));
        // Amounts in "# ##0" (the built-in #,##0).
        var styles = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.Equal(3u, styles[(int)cells[$"D{closing}"].StyleIndex!.Value].NumberFormatId!.Value);

        // The flat sheet of lines.
        Assert.Equal("Rader", sheets[1].Name!.Value);
        var flat = ((WorksheetPart)workbook.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(SuvsPaper.Lines.Count + 1, flat.Count);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/budget/2030/excel")).StatusCode);
    }

    private static int Row(string reference) => int.Parse(reference.TrimStart('A', 'B', 'C', 'D', 'E', 'F', 'G'), CultureInfo.InvariantCulture);

    /// <summary>Evaluates SUM(B5:B7), B5+B9-B12 and B5 from the referenced cells' values.</summary>
    private static long Evaluate(string formula, Func<string, long> value)
    {
        if (SumRange().Match(formula) is { Success: true } m)
        {
            var letter = m.Groups[1].Value;
            return Enumerable.Range(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) - int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + 1)
                .Sum(r => value($"{letter}{r}"));
        }
        Assert.Matches("^-?[A-Z]+[0-9]+([+-][A-Z]+[0-9]+)*$", formula);
        return Terms().Matches(formula).Sum(t => (t.Groups[1].Value == "-" ? -1 : 1) * value(t.Groups[2].Value));
    }

    [GeneratedRegex("^SUM\\(([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)\\)$")]
    private static partial Regex SumRange();

    [GeneratedRegex("([+-]?)([A-Z]+[0-9]+)")]
    private static partial Regex Terms();
}
