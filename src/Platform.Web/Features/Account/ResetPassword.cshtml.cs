using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Account;

/// <summary>Sets a new password with the link from "Glömt lösenordet?". The link works once.</summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class ResetPasswordModel(PasswordResets resets, TenantContext tenant) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "anvandare")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "kod")]
    public string? Code { get; set; }

    [BindProperty]
    public NewPasswordInput Form { get; set; } = new();

    public bool Done { get; private set; }


    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var result = await resets.ResetAsync(tenant.Current, UserId, Code ?? "", Form.Password, ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Form.Password" : "", error.Description);
            return Page();
        }
        Done = true;
        return Page();
    }
}

/// <summary>A new password, typed twice.</summary>
internal sealed class NewPasswordInput
{
    [Display(Name = "Nytt lösenord")]
    [Required(ErrorMessage = "Ange ett lösenord.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Lösenordet måste ha minst 10 tecken.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Display(Name = "Samma lösenord igen")]
    [Required(ErrorMessage = "Skriv lösenordet en gång till.")]
    [Compare(nameof(Password), ErrorMessage = "Lösenorden är inte lika.")]
    [DataType(DataType.Password)]
    public string Confirm { get; set; } = "";
}
