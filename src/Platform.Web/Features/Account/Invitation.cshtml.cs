using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Features.People;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Account;

/// <summary>
/// The page behind an invitation link: a new person gives their name and chooses a password;
/// someone who already has an account confirms with their password.
/// </summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class InvitationModel(Invitations invitations, AttemptLimiter limiter, TenantContext tenant, PasswordSignIn signIn) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kod")]
    public string? Code { get; set; }

    /// <summary>Where the invitation leads once accepted (the minutes an adjuster is to adjust): the person is then signed in and taken there.</summary>
    [BindProperty(SupportsGet = true, Name = "till")]
    public string? Landing { get; set; }

    [BindProperty]
    [Display(Name = "Ditt namn")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    public string? DisplayName { get; set; }

    [BindProperty]
    public NewPasswordInput Form { get; set; } = new();

    [BindProperty]
    [Display(Name = "Ditt lösenord")]
    [DataType(DataType.Password)]
    public string? ExistingPassword { get; set; }

    public Invitation? Pending { get; private set; }
    public bool HasAccount { get; private set; }
    public bool Accepted { get; private set; }
    public string AssociationName => tenant.Current.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Pending is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Pending is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        if (!limiter.TryAttempt($"invitation:{Pending.Id}", 10, TimeSpan.FromMinutes(15)))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError("", "För många försök. Vänta en stund och försök igen.");
            return Page();
        }

        string password;
        if (HasAccount)
        {
            // Someone with an account sees only the password field: the new-password fields (and
            // the name) are not theirs to fill in, whatever prefix the binder fell back to.
            ModelState.Clear();
            if (string.IsNullOrEmpty(ExistingPassword)) ModelState.AddModelError(nameof(ExistingPassword), "Ange lösenordet till ditt konto.");
            password = ExistingPassword ?? "";
        }
        else
        {
            if (string.IsNullOrWhiteSpace(DisplayName)) ModelState.AddModelError(nameof(DisplayName), "Ange ditt namn.");
            password = Form.Password;
        }
        if (!ModelState.IsValid) return Page();

        var result = await invitations.AcceptAsync(tenant.Current, Code, DisplayName, password, ct);
        if (!result.Succeeded)
        {
            var field = result.Field switch
            {
                "Password" => HasAccount ? nameof(ExistingPassword) : "Form.Password",
                "DisplayName" => nameof(DisplayName),
                _ => "",
            };
            ModelState.AddModelError(field, result.Problem!);
            return Page();
        }
        Accepted = true;
        // An invitation that leads somewhere (an adjuster's, to the minutes) signs the person in with
        // the password just chosen or confirmed, and goes there: only to a page of this association.
        if (Landing is { } landing && Url.IsLocalUrl(landing) && landing.StartsWith("/moten/", StringComparison.Ordinal))
        {
            var signedIn = await signIn.SignInAsync(HttpContext, Pending.Email, password, ct);
            if (signedIn.Outcome == SignInOutcome.SignedIn)
            {
                await HttpContext.SignInAsync(PlatformAuthentication.CookieScheme, signedIn.Principal!, new AuthenticationProperties { IsPersistent = false });
                return LocalRedirect(landing);
            }
        }
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Pending = await invitations.FindAsync(tenant.Current, Code, ct);
        HasAccount = Pending is not null && await invitations.HasAccountAsync(Pending);
    }
}
