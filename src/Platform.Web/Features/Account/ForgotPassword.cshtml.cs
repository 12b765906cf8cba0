using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Account;

/// <summary>"Glömt lösenordet?": a link by email to the person, if the address has an account here. The page says the same either way.</summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class ForgotPasswordModel(PasswordResets resets, TenantContext tenant) : PageModel
{
    [BindProperty]
    [Display(Name = "E-postadress")]
    [Required(ErrorMessage = "Ange din e-postadress.")]
    [EmailAddress(ErrorMessage = "Ange en e-postadress, till exempel namn@kommun.se.")]
    [StringLength(256, ErrorMessage = "E-postadressen får vara högst 256 tecken.")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }


    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        if (!await resets.RequestAsync(HttpContext, tenant.Current, Email, ct))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError("", "Du har bett om många länkar på kort tid. Vänta en stund och försök igen.");
            return Page();
        }
        Sent = true;
        return Page();
    }
}
