using System.Globalization;

namespace Platform.Features.Interventions.Participants;

/// <summary>The participant form as the page posts it: every field a string, so that nothing typed is lost when it is refused.</summary>
internal sealed class EpisodeForm
{
    public string? Code { get; set; }
    public string? Gender { get; set; }
    public string? BirthYear { get; set; }
    public string? MunicipalityId { get; set; }
    public string? ReferringMemberId { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? EndReason { get; set; }
    public string? SupportAtStart { get; set; }
    public string? SupportAtEnd { get; set; }
    /// <summary>"ja" or "nej".</summary>
    public string? Consent { get; set; }

    /// <summary>What the service checks: a birth year that is not a number goes as -1, a list choice that is not an id as an unknown id, which the service refuses beside the field.</summary>
    public EpisodeInput ToInput() => new(
        Code, Gender,
        FormNumbers.Digits(BirthYear),
        IdOf(MunicipalityId), IdOf(ReferringMemberId), Start, End, EndReason, SupportAtStart, SupportAtEnd,
        Consent switch { "ja" => true, "nej" => false, _ => null });

    private static Guid? IdOf(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Guid.TryParse(value, out var id) ? id : Guid.Empty;

    public static EpisodeForm From(EpisodeDto e) => new()
    {
        Code = e.Code,
        Gender = e.Gender,
        BirthYear = e.BirthYear.ToString(CultureInfo.InvariantCulture),
        MunicipalityId = e.MunicipalityId.ToString(),
        ReferringMemberId = e.ReferringMemberId.ToString(),
        Start = e.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        End = e.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        EndReason = e.EndReasonId?.ToString(),
        SupportAtStart = e.SupportAtStart,
        SupportAtEnd = e.SupportAtEnd,
        Consent = e.Consent ? "ja" : "nej",
    };
}
