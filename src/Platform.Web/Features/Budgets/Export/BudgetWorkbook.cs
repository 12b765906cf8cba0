using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Platform.Features.Budgets.Model;
using Platform.Features.Budgets.Sheet;

namespace Platform.Features.Budgets.Export;

/// <summary>
/// The budget as an Excel file (budget-2022.xlsx): the sheet "Budget 2022" laid out as the paper, the amounts
/// as numbers, and every sum as a formula over the cells it adds, with the sheet's value as the formula's cached
/// value so that the file reads right before Excel recalculates; the sheet "Rader" lists the lines flat.
/// </summary>
internal static class BudgetWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string LinesSheet = "Rader";

    // Cell formats of the stylesheet below.
    private const uint Text = 0, Bold = 1, Amount = 2, BoldAmount = 3, Indented = 4, Title = 5, Header = 6;

    /// <summary>The first row of the paper's tables on the first sheet: the title, the status, then the header row (frozen).</summary>
    public const int HeaderRow = 3;

    public static string FileName(int year, int? version) => version is { } v ? $"budget-{year}-version-{v}.xlsx" : $"budget-{year}.xlsx";

    public static string SheetName(int year) => $"Budget {year}";

    public static byte[] Write(BudgetPaper paper)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet();
            var sheets = workbook.Workbook.AppendChild(new Sheets());

            var main = workbook.AddNewPart<WorksheetPart>();
            main.Worksheet = PaperSheet(paper);
            sheets.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(main), SheetId = 1, Name = SheetName(paper.Year) });

            var lines = workbook.AddNewPart<WorksheetPart>();
            lines.Worksheet = LinesSheetOf(paper);
            sheets.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(lines), SheetId = 2, Name = LinesSheet });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Worksheet PaperSheet(BudgetPaper paper)
    {
        var data = new SheetData();
        var columns = paper.Columns;
        // Excel row of each paper row: the title, the status, then each table's header and rows, a blank row between.
        var excelRow = new int[paper.Rows.Count];
        data.Append(Row(1, TextCell("A1", paper.Title, Title)));
        data.Append(Row(2, TextCell("A2", $"{paper.Association}. {paper.Status}.", Text)));
        var next = HeaderRow;
        var headers = new List<int>();
        foreach (var table in paper.Tables)
        {
            headers.Add(next);
            foreach (var (index, _) in paper.RowsOf(table)) excelRow[index] = ++next;
            next += 2;
        }

        for (var t = 0; t < paper.Tables.Count; t++)
        {
            var table = paper.Tables[t];
            var header = Row(headers[t], TextCell($"A{headers[t]}", table.Caption, Bold));
            for (var k = 0; k < columns.Count; k++)
                header.Append(TextCell($"{Letter(k)}{headers[t]}", paper.Header(columns[k]), Header));
            data.Append(header);
            foreach (var (index, row) in paper.RowsOf(table))
            {
                var r = excelRow[index];
                var bold = row.Kind is not (PaperRowKind.Line or PaperRowKind.GroupRef or PaperRowKind.HeadingSum or PaperRowKind.Opening);
                var cells = Row(r, TextCell($"A{r}", row.Label, row.Kind == PaperRowKind.Section || bold ? Bold : row.Indented ? Indented : Text));
                if (row.Kind != PaperRowKind.Section)
                {
                    for (var k = 0; k < columns.Count; k++)
                    {
                        var column = columns[k];
                        if (row[column] is not { } value) continue;
                        var cell = new Cell { CellReference = $"{Letter(k)}{r}", StyleIndex = bold ? BoldAmount : Amount, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };
                        if (Formula(paper, row, k, excelRow) is { } formula) cell.CellFormula = new CellFormula(formula);
                        cells.Append(cell);
                    }
                }
                data.Append(cells);
            }
        }

        var worksheet = new Worksheet();
        worksheet.Append(new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeaderRow, TopLeftCell = $"A{HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft })
        { WorkbookViewId = 0 }));
        var cols = new Columns(new Column { Min = 1, Max = 1, Width = 50, CustomWidth = true });
        if (columns.Count > 0) cols.Append(new Column { Min = 2, Max = (uint)(columns.Count + 1), Width = 15, CustomWidth = true });
        worksheet.Append(cols);
        worksheet.Append(data);
        return worksheet;
    }

    /// <summary>
    /// The formula of a sum's cell in column <paramref name="k"/>: SUM(B5:B7) over a run of rows, else B5+B9−B12;
    /// an opening balance of a later column is the closing balance of the column before. Null when the row is a
    /// plain amount, or (never expected) when the cells would not add up to the sheet's value.
    /// </summary>
    private static string? Formula(BudgetPaper paper, PaperRow row, int k, int[] excelRow)
    {
        var column = paper.Columns[k];
        var letter = Letter(k);
        if (row.Kind == PaperRowKind.Opening)
        {
            if (row.ClosingRow is not { } closing || column < SheetColumn.Budget || k == 0 || paper.Columns[k - 1] != column - 1) return null;
            return paper.Rows[closing][column - 1] == row[column] ? $"{Letter(k - 1)}{excelRow[closing]}" : null;
        }
        if (!row.IsSum) return null;
        var sum = row.Terms.Sum(t => t.Sign * (paper.Rows[t.Row][column] ?? 0));
        if (sum != row[column]) return null;
        var rows = row.Terms.Select(t => excelRow[t.Row]).ToList();
        var run = row.Terms.Count > 1 && row.Terms.All(t => t.Sign == 1) && rows.Zip(rows.Skip(1)).All(p => p.Second == p.First + 1);
        if (run) return $"SUM({letter}{rows[0]}:{letter}{rows[^1]})";
        var formula = "";
        for (var i = 0; i < row.Terms.Count; i++)
            formula += (i == 0 ? (row.Terms[i].Sign < 0 ? "-" : "") : row.Terms[i].Sign < 0 ? "-" : "+") + $"{letter}{rows[i]}";
        return formula;
    }

    private static Worksheet LinesSheetOf(BudgetPaper paper)
    {
        var data = new SheetData();
        var header = Row(1, TextCell("A1", "Grupp", Header), TextCell("B1", "Rubrik", Header), TextCell("C1", "Rad", Header));
        for (var k = 0; k < paper.Columns.Count; k++)
            header.Append(TextCell($"{Letter(k + 2)}1", paper.Header(paper.Columns[k]), Header));
        data.Append(header);
        var r = 1;
        foreach (var line in paper.Sheet.Lines)
        {
            r++;
            var row = Row(r, TextCell($"A{r}", line.Group.SwedishLabel(), Text), TextCell($"B{r}", line.Heading ?? "", Text), TextCell($"C{r}", line.Name, Text));
            for (var k = 0; k < paper.Columns.Count; k++)
                if (line[paper.Columns[k]] is { } value)
                    row.Append(new Cell { CellReference = $"{Letter(k + 2)}{r}", StyleIndex = Amount, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) });
            data.Append(row);
        }
        var worksheet = new Worksheet();
        worksheet.Append(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft })
        { WorkbookViewId = 0 }));
        worksheet.Append(new Columns(
            new Column { Min = 1, Max = 1, Width = 26, CustomWidth = true },
            new Column { Min = 2, Max = 2, Width = 40, CustomWidth = true },
            new Column { Min = 3, Max = 3, Width = 44, CustomWidth = true },
            new Column { Min = 4, Max = (uint)(paper.Columns.Count + 3), Width = 15, CustomWidth = true }));
        worksheet.Append(data);
        return worksheet;
    }

    /// <summary>The letter of amount column <paramref name="k"/> (0 is B: A holds the labels).</summary>
    private static string Letter(int k) => ((char)('B' + k)).ToString();

    private static Row Row(int index, params Cell[] cells)
    {
        var row = new Row { RowIndex = (uint)index };
        row.Append(cells);
        return row;
    }

    private static Cell TextCell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)),
    };

    /// <summary>Normal, bold, amounts "# ##0" (Excel's built-in #,##0, shown with spaces in Swedish Excel), bold amounts, indented, the title, headers right-aligned.</summary>
    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new DocumentFormat.OpenXml.Spreadsheet.Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new DocumentFormat.OpenXml.Spreadsheet.Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" })),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 3, ApplyNumberFormat = true, ApplyFont = true },
            new CellFormat(new Alignment { Indent = 1 }) { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyAlignment = true },
            new CellFormat { FontId = 2, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right }) { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true, ApplyAlignment = true }));
}
