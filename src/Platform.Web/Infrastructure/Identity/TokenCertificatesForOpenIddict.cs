using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenIddict.Validation;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Gives OpenIddict's server (and so its local validation) the certificates in force, and builds
/// both options again when they change.
/// </summary>
internal sealed class TokenCertificatesForOpenIddict(TokenCertificates certificates)
    : IConfigureOptions<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictValidationOptions>
{
    public string? Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => certificates.ChangeToken;

    public void Configure(OpenIddictServerOptions options)
    {
        // What AddSigningCertificate and AddEncryptionCertificate would add, for each certificate.
        foreach (var certificate in certificates.Signing)
            options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(certificate), SecurityAlgorithms.RsaSha256));
        foreach (var certificate in certificates.Encryption)
            options.EncryptionCredentials.Add(new EncryptingCredentials(new X509SecurityKey(certificate), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
