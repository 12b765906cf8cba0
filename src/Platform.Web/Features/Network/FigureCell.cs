using System.Globalization;
using Platform.Infrastructure;

namespace Platform.Features.Network;

/// <summary>A figure as it may be shown: its value, or that it is hidden because it counts fewer than five people.</summary>
internal sealed record FigureCell(decimal? Value, bool Suppressed)
{
    public const string FewerThanFive = "färre än 5";

    public static readonly FigureCell Missing = new(null, false);

    /// <summary>Swedish text: "färre än 5", "–" when there is no figure, otherwise the number in Swedish style.</summary>
    public string Text(NetworkFigure figure) => Suppressed ? FewerThanFive : Value is not { } value ? "–" : Format(figure, value);

    public static string Format(NetworkFigure figure, decimal value) => figure.Unit switch
    {
        FigureUnit.Kronor => value.ToString(value == decimal.Truncate(value) ? "N0" : "N2", SwedishTime.Culture) + " kr",
        FigureUnit.Days => value.ToString("0.#", SwedishTime.Culture),
        _ => value.ToString("N0", SwedishTime.Culture),
    };

    /// <summary>For the CSV: no thousands separators (Excel reads them as text), decimal comma.</summary>
    public string CsvText() => Suppressed ? FewerThanFive : Value?.ToString("0.##", SwedishTime.Culture) ?? "";

    public override string ToString() => Suppressed ? FewerThanFive : Value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
