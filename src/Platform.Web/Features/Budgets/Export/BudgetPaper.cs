using Platform.Features.Budgets.Model;
using Platform.Features.Budgets.Sheet;
using Platform.Infrastructure;

namespace Platform.Features.Budgets.Export;

/// <summary>
/// A version of the budget laid out as SUVS's paper: "Intäkter och kostnader i sammanfattning" (income line by
/// line with its "varav" headings, the cost groups, the result and the balance carried forward) and "Spec av
/// Insatser, Stöd för samverkan samt adm. kostnader" (the cost groups line by line). Every amount is the
/// sheet's (<see cref="BudgetSheets"/>); the rows only say which rows a sum is made of, for Excel's formulas.
/// The print page and the Excel file are both drawn from it.
/// </summary>
internal sealed record BudgetPaper(
    BudgetSheet Sheet,
    string Association,
    IReadOnlyList<SheetColumn> Columns,
    IReadOnlyList<PaperRow> Rows,
    IReadOnlyList<PaperTable> Tables)
{
    public const string SummaryCaption = "Intäkter och kostnader i sammanfattning";
    public const string SpecificationCaption = "Spec av Insatser, Stöd för samverkan samt adm. kostnader";

    public int Year => Sheet.Year;

    /// <summary>"Budget 2022 och verksamhetsplan 2022–2024".</summary>
    public string Title => $"Budget {Year} och verksamhetsplan {Year}–{Year + 2}";

    /// <summary>"Fastställt av styrelsen den 25 november 2021", or "Förslag" before the board has adopted it.</summary>
    public string Status
    {
        get
        {
            var b = Sheet.Budget;
            if (b.State == BudgetState.Proposal || b.AdoptedOn is not { } on) return b.Version > 1 ? $"Förslag (version {b.Version})" : "Förslag";
            var text = $"Fastställt av styrelsen den {on.ToString("d MMMM yyyy", SwedishTime.Culture)}";
            if (b.AdoptedReference is { } reference) text += $" ({reference})";
            if (b.State == BudgetState.Replaced) text += ". Ersatt av en senare version";
            return text;
        }
    }

    /// <summary>"Budget 2021", "Prognos 2021".</summary>
    public string Header(SheetColumn column) => $"{(column == SheetColumn.PreviousForecast ? "Prognos" : "Budget")} {Sheet.YearOf(column)}";

    public IEnumerable<(int Index, PaperRow Row)> RowsOf(PaperTable table) =>
        Enumerable.Range(table.Start, table.Count).Select(i => (i, Rows[i]));

    public static BudgetPaper Of(BudgetSheet sheet, string association)
    {
        var columns = Enum.GetValues<SheetColumn>().Where(c => sheet.Income[(int)c] is not null).ToList();
        var rows = new List<PaperRow>();
        IReadOnlyList<long?> Each(Func<SheetColumn, long?> value) => [.. Enum.GetValues<SheetColumn>().Select(value)];
        int Add(PaperRow row)
        {
            rows.Add(row);
            return rows.Count - 1;
        }
        List<int> AddLines(BudgetGroup group)
        {
            var top = new List<int>();
            var lines = sheet.Lines.Where(l => l.Group == group).ToList();
            var headings = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                if (line.Heading is not { } heading)
                {
                    top.Add(Add(new PaperRow(PaperRowKind.Line, line.Name, line.Values, [])));
                    continue;
                }
                if (!headings.Add(heading)) continue;
                var under = lines.Where(l => l.Heading == heading).ToList();
                var first = rows.Count + 1;
                top.Add(Add(new PaperRow(PaperRowKind.HeadingSum, $"{heading}, varav", Each(c => sheet.Sum(group, heading, c)),
                    [.. Enumerable.Range(first, under.Count).Select(i => new PaperTerm(i))])));
                foreach (var l in under) Add(new PaperRow(PaperRowKind.Line, l.Name, l.Values, [], Indented: true));
            }
            return top;
        }
        var groups = Enum.GetValues<BudgetGroup>().Where(g => sheet.Lines.Any(l => l.Group == g)).ToList();

        var summaryStart = rows.Count;
        Add(new PaperRow(PaperRowKind.Section, "Intäkter", Each(_ => null), []));
        var incomeTop = groups.Where(g => g.IsIncome()).SelectMany(AddLines).ToList();
        var income = Add(new PaperRow(PaperRowKind.Total, "Summa intäkter", sheet.Income, [.. incomeTop.Select(i => new PaperTerm(i))]));
        Add(new PaperRow(PaperRowKind.Section, "Kostnader", Each(_ => null), []));
        var costGroups = groups.Where(g => !g.IsIncome()).ToList();
        var groupRows = costGroups.ToDictionary(g => g, g => Add(new PaperRow(PaperRowKind.GroupRef, g.SwedishLabel(), Each(c => sheet.Sum(g, c)), [])));
        var costs = Add(new PaperRow(PaperRowKind.Total, "Summa kostnader", sheet.Costs, [.. groupRows.Values.Select(i => new PaperTerm(i))]));
        var result = Add(new PaperRow(PaperRowKind.Result, "Årets resultat", sheet.Result, [new PaperTerm(income), new PaperTerm(costs, -1)]));
        var opening = Add(new PaperRow(PaperRowKind.Opening, "Balanserat resultat årets början", sheet.Opening, [], ClosingRow: rows.Count + 2));
        var again = Add(new PaperRow(PaperRowKind.Result, "Årets resultat", sheet.Result, [new PaperTerm(result)]));
        Add(new PaperRow(PaperRowKind.Closing, "Balanserat resultat årets slut", sheet.Closing, [new PaperTerm(opening), new PaperTerm(again)]));
        var summary = new PaperTable(SummaryCaption, summaryStart, rows.Count - summaryStart);

        var specStart = rows.Count;
        foreach (var group in costGroups)
        {
            Add(new PaperRow(PaperRowKind.Section, group.SwedishLabel(), Each(_ => null), []));
            var top = AddLines(group);
            var sum = Add(new PaperRow(PaperRowKind.GroupSum, $"Summa {group.SwedishLabel().ToLower(SwedishTime.Culture)}", Each(c => sheet.Sum(group, c)),
                [.. top.Select(i => new PaperTerm(i))]));
            rows[groupRows[group]] = rows[groupRows[group]] with { Terms = [new PaperTerm(sum)] };
        }
        var specification = new PaperTable(SpecificationCaption, specStart, rows.Count - specStart);
        return new BudgetPaper(sheet, association, columns, rows, [summary, specification]);
    }

    /// <summary>"1 892 650" with thin spaces and a real minus sign, for the printed page.</summary>
    public static string Amount(long? value) => value is not { } v ? "" :
        (v < 0 ? "\u2212" : "") + Math.Abs(v).ToString("N0", SwedishTime.Culture).Replace('\u00a0', '\u2009').Replace('\u202f', '\u2009').Replace(' ', '\u2009');
}
