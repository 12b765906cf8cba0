using System.Globalization;

namespace Platform.Features.Interventions.Register;

/// <summary>The staffing form; <see cref="LineId"/> is set when a line is changed.</summary>
internal sealed class StaffingForm
{
    public string? LineId { get; set; }
    public string? Role { get; set; }
    public string? PartyId { get; set; }
    public string? Percent { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }

    public StaffingInput ToInput() => new(Role, PartyId, FormNumbers.Int(Percent), From, To);

    public static StaffingForm Of(StaffingDto s) => new()
    {
        LineId = s.Id.ToString(),
        Role = s.Role,
        PartyId = s.Party?.Id.ToString(),
        Percent = s.Percent.ToString(CultureInfo.InvariantCulture),
        From = s.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        To = s.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
