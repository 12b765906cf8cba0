using System.ComponentModel.DataAnnotations;

namespace Platform.Infrastructure.Identity;

/// <summary>Sign-in and token settings (section <c>Access</c>).</summary>
internal sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// Where OpenIddict's signing and encryption certificates are (<c>signing-*.pfx</c>,
    /// <c>encryption-*.pfx</c>; the older <c>signing.pfx</c> and <c>encryption.pfx</c> are read too).
    /// Default: <c>keys</c> under the data directory. Certificates are created there when none is
    /// valid and renewed before they expire (<see cref="TokenCertificates"/>); every instance must
    /// see the same directory.
    /// </summary>
    public string? CertificateDirectory { get; set; }

    /// <summary>The password of the PFX files, if they have one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>How long a certificate made by the platform is valid.</summary>
    [Range(30, 3650)]
    public int CertificateLifetimeDays { get; set; } = 730;

    /// <summary>
    /// How many days before its certificate expires a successor is made (and signs a day later).
    /// At least 16: the previous certificate must outlive the refresh tokens it protected (14 days).
    /// </summary>
    [Range(16, 365)]
    public int CertificateRenewalDays { get; set; } = 60;

    /// <summary>How long a web session lasts without activity.</summary>
    public int SessionHours { get; set; } = 8;

    /// <summary>How long an access token lasts.</summary>
    public int AccessTokenMinutes { get; set; } = 60;

    /// <summary>How long an invitation link is valid.</summary>
    public int InvitationDays { get; set; } = 7;
}
