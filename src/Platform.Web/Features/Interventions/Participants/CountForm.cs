using System.Globalization;

namespace Platform.Features.Interventions.Participants;

/// <summary>The counts form as the page posts it: numbers as strings (not a number goes as -1, refused beside the field), one line per reason for ending.</summary>
internal sealed class CountForm
{
    public string? From { get; set; }
    public string? To { get; set; }
    public string? WomenStarted { get; set; }
    public string? MenStarted { get; set; }
    public string? WomenActive { get; set; }
    public string? MenActive { get; set; }
    public List<CountEndedForm> Ended { get; set; } = [];

    public CountInput ToInput() => new(From, To, FormNumbers.Digits(WomenStarted), FormNumbers.Digits(MenStarted), FormNumbers.Digits(WomenActive), FormNumbers.Digits(MenActive),
        [.. Ended.Select(e => new CountEndedInput(e.Reason, FormNumbers.Digits(e.Women), FormNumbers.Digits(e.Men)))]);
}
