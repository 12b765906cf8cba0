using System.Globalization;
using System.Text;
using Platform.Infrastructure;

namespace Platform.Features.Network;

/// <summary>The report as JSON and as CSV: the same figures as the page, hidden small counts included.</summary>
internal static class NetworkExports
{
    /// <summary>
    /// One entry per association with its slug, name and figures side by side (a hidden figure is null
    /// and named in "suppressed"), the national totals and medians, and the associations left out.
    /// </summary>
    public static object Json(NetworkReport report) => new
    {
        year = report.Year,
        county = report.County,
        generatedAt = report.GeneratedAt,
        complete = report.Complete,
        figures = NetworkFigures.All.Select(f => new { key = f.Key, label = f.Label, unit = f.Unit.ToString().ToLowerInvariant(), description = f.Description }),
        associations = report.Associations.Select(a =>
        {
            var entry = new Dictionary<string, object?>
            {
                ["slug"] = a.Slug,
                ["name"] = a.Name,
                ["county"] = a.County,
                ["takenAt"] = a.TakenAt,
                ["state"] = a.State.ToString().ToLowerInvariant(),
                ["note"] = a.Note,
            };
            foreach (var figure in NetworkFigures.All) entry[figure.Key] = a[figure].Value;
            entry["suppressed"] = NetworkFigures.All.Where(f => a[f].Suppressed).Select(f => f.Key).ToList();
            return entry;
        }),
        national = new
        {
            associations = report.Associations.Count,
            totals = NetworkFigures.All.ToDictionary(f => f.Key, f => report.Totals[f.Key].Value),
            medians = NetworkFigures.All.ToDictionary(f => f.Key, f => report.Medians[f.Key].Value),
            suppressed = new
            {
                totals = NetworkFigures.All.Where(f => report.Totals[f.Key].Suppressed).Select(f => f.Key),
                medians = NetworkFigures.All.Where(f => report.Medians[f.Key].Suppressed).Select(f => f.Key),
            },
        },
        excluded = report.Excluded.Select(e => new { slug = e.Slug, name = e.Name, reason = e.Reason }),
    };

    /// <summary>
    /// Semicolon-separated with a decimal comma, as Swedish Excel expects, and UTF-8 with a byte order
    /// mark so that Excel reads å, ä and ö right. The last two rows are the totals and the medians.
    /// </summary>
    public static byte[] Csv(NetworkReport report)
    {
        var text = new StringBuilder();
        void Row(IEnumerable<string?> cells) => text.Append(string.Join(';', cells.Select(Quote))).Append("\r\n");

        Row(["Förbund", "Kortnamn", "Län", "Uppgifter från", "Status", .. NetworkFigures.All.Select(f => f.Unit == FigureUnit.Kronor ? f.Label + " (kr)" : f.Label)]);
        foreach (var a in report.Associations)
            Row([a.Name, a.Slug, a.County, a.TakenAt is { } t ? SwedishTime.Format(t) : "", StateLabel(a.State), .. NetworkFigures.All.Select(f => a[f].CsvText())]);
        Row([$"Summa ({report.Associations.Count} förbund)", "", report.County ?? "Hela landet", "", "", .. NetworkFigures.All.Select(f => report.Totals[f.Key].CsvText())]);
        Row(["Median per förbund", "", report.County ?? "Hela landet", "", "", .. NetworkFigures.All.Select(f => report.Medians[f.Key].CsvText())]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string StateLabel(SnapshotState state) => state switch
    {
        SnapshotState.Current => "aktuell",
        SnapshotState.Stale => "inte uppdaterad",
        SnapshotState.Failed => "senaste hämtningen misslyckades",
        _ => "saknas",
    };

    private static string Quote(string? cell)
    {
        cell ??= "";
        // A cell that starts like a formula is neutralised, so a name cannot run in the reader's Excel.
        if (cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) && !decimal.TryParse(cell, NumberStyles.Number, SwedishTime.Culture, out _))
            cell = "'" + cell;
        return cell.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
