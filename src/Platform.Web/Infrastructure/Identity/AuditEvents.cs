namespace Platform.Infrastructure.Identity;

/// <summary>What the audit log records. The values are stored; <see cref="SwedishLabel"/> is shown.</summary>
internal static class AuditEvents
{
    public const string SignedIn = "signed-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignInRefused = "sign-in-refused";
    public const string SignedOut = "signed-out";
    public const string PasswordChanged = "password-changed";
    public const string PasswordResetRequested = "password-reset-requested";
    public const string PasswordReset = "password-reset";
    public const string Invited = "invited";
    public const string InvitationAccepted = "invitation-accepted";
    public const string InvitationWithdrawn = "invitation-withdrawn";
    public const string RoleChanged = "role-changed";
    public const string MembershipRemoved = "membership-removed";
    public const string ClientRegistered = "client-registered";
    public const string ClientRevoked = "client-revoked";
    public const string ClientWriteChanged = "client-write-changed";
    public const string MeetingChanged = "meeting-changed";
    public const string AgendaChanged = "agenda-changed";
    public const string MinutesChanged = "minutes-changed";
    public const string FeeDecisionChanged = "fee-decision-changed";
    public const string InvoicesIssued = "invoices-issued";
    public const string MemberChanged = "member-changed";
    public const string PaymentRegistered = "payment-registered";
    public const string PaymentReversed = "payment-reversed";
    public const string InterventionChanged = "intervention-changed";
    public const string ParticipantStaffChanged = "participant-staff-changed";
    public const string ParticipantRecordRead = "participant-record-read";
    public const string ParticipantRecordChanged = "participant-record-changed";
    public const string ParticipantRecordsDeleted = "participant-records-deleted";
    public const string ParticipantCountsChanged = "participant-counts-changed";
    public const string GrantPaymentChanged = "grant-payment-changed";
    public const string GrantReportChanged = "grant-report-changed";
    public const string ApplicationChanged = "application-changed";
    public const string GrantDecisionChanged = "grant-decision-changed";
    public const string GrantTemplateChanged = "grant-template-changed";
    public const string MemberReportSent = "member-report-sent";

    public static string SwedishLabel(string @event) => @event switch
    {
        SignedIn => "Inloggning",
        SignInFailed => "Misslyckad inloggning",
        SignInRefused => "Inloggning nekad",
        SignedOut => "Utloggning",
        PasswordChanged => "Lösenord bytt",
        PasswordResetRequested => "Återställning av lösenord begärd",
        PasswordReset => "Lösenord återställt",
        Invited => "Inbjudan skickad",
        InvitationAccepted => "Inbjudan antagen",
        InvitationWithdrawn => "Inbjudan återkallad",
        RoleChanged => "Roll ändrad",
        MembershipRemoved => "Behörighet borttagen",
        ClientRegistered => "Integration registrerad",
        ClientRevoked => "Integration återkallad",
        ClientWriteChanged => "Integrationens skrivrätt ändrad",
        MeetingChanged => "Sammanträde ändrat",
        AgendaChanged => "Dagordning ändrad",
        MinutesChanged => "Protokoll ändrat",
        FeeDecisionChanged => "Avgiftsbeslut ändrat",
        InvoicesIssued => "Fakturor skapade",
        MemberChanged => "Medlem ändrad",
        PaymentRegistered => "Betalning registrerad",
        PaymentReversed => "Betalning återförd",
        InterventionChanged => "Insats ändrad",
        ParticipantStaffChanged => "Deltagaransvarig ändrad",
        ParticipantRecordRead => "Deltagaruppgifter lästa",
        ParticipantRecordChanged => "Deltagaruppgifter ändrade",
        ParticipantRecordsDeleted => "Deltagaruppgifter gallrade",
        ParticipantCountsChanged => "Deltagarantal ändrade",
        GrantPaymentChanged => "Utbetalning av beviljade medel ändrad",
        GrantReportChanged => "Redovisning av beviljade medel ändrad",
        ApplicationChanged => "Ansökan om medel ändrad",
        GrantDecisionChanged => "Beslut om medel ändrat",
        GrantTemplateChanged => "Ansökningsmall ändrad",
        MemberReportSent => "Årsrapport till medlem skickad",
        _ => @event,
    };
}
