using System.Globalization;

namespace Platform.Features.Interventions.Participants;

/// <summary>The activity form as the page posts it: hours read the Swedish way ("12,5"); not a number goes as -1, which is refused beside the field.</summary>
internal sealed class MonthForm
{
    public string? Month { get; set; }
    public string? Hours { get; set; }

    public ActivityInput ToInput()
    {
        var text = Hours?.Trim().Replace(',', '.').Replace(" ", "", StringComparison.Ordinal);
        decimal? hours = string.IsNullOrEmpty(text) ? null
            : decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : -1;
        return new ActivityInput(Month, hours);
    }
}
