namespace Platform.Features.Interventions.Model;

/// <summary>A participant's main source of support (huvudsaklig försörjning).</summary>
internal enum SupportSource
{
    /// <summary>A-kassa.</summary>
    UnemploymentInsurance,
    /// <summary>Sjukpenning.</summary>
    SicknessBenefit,
    /// <summary>Aktivitets- eller sjukersättning.</summary>
    ActivityOrSicknessCompensation,
    /// <summary>Försörjningsstöd.</summary>
    SocialAssistance,
    /// <summary>Lön.</summary>
    Salary,
    /// <summary>Studiemedel.</summary>
    StudentAid,
    /// <summary>Ingen offentlig försörjning.</summary>
    NoPublicSupport,
    /// <summary>Uppgift saknas.</summary>
    Unknown,
}
