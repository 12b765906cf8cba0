namespace Platform.Features.Grants.Model;

internal enum PaymentCondition
{
    /// <summary>When the agreement is signed (i samband med att avtal tecknats).</summary>
    AgreementSigned,
    /// <summary>When the board has approved the year's annual report.</summary>
    ReportApproved,
}
