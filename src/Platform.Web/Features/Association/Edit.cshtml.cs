using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Association;

/// <summary>The association's own details: name and contact details for email footers and public pages.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class EditModel(TenantDb db, TenantContext tenant) : PageModel
{
    internal sealed class Input
    {
        [Display(Name = "Förbundets namn")]
        [Required(ErrorMessage = "Ange förbundets namn.")]
        [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
        public string Name { get; set; } = "";

        [Display(Name = "Kansliets e-postadress")]
        [EmailAddress(ErrorMessage = "Ange en e-postadress, till exempel kansli@forbundet.se.")]
        [StringLength(254, ErrorMessage = "E-postadressen får vara högst 254 tecken.")]
        public string? Email { get; set; }

        [Display(Name = "Telefon")]
        [RegularExpression(@"^\+?[0-9 ()-]{5,40}$", ErrorMessage = "Ange ett telefonnummer med siffror, till exempel 08-123 45 67.")]
        public string? Phone { get; set; }

        [Display(Name = "Postadress")]
        [StringLength(400, ErrorMessage = "Postadressen får vara högst 400 tecken.")]
        public string? PostalAddress { get; set; }

        [Display(Name = "Webbplats")]
        [Url(ErrorMessage = "Ange en hel adress som börjar med https://.")]
        [StringLength(400, ErrorMessage = "Adressen får vara högst 400 tecken.")]
        public string? Website { get; set; }
    }

    [BindProperty] public Input Form { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "sparat")] public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var profile = await db.GetAssociationProfileAsync(tenant.Current, ct);
        Form = new Input { Name = profile.Name, Email = profile.Email, Phone = profile.Phone, PostalAddress = profile.PostalAddress, Website = profile.Website };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();

        var profile = await db.AssociationProfiles.SingleOrDefaultAsync(ct);
        if (profile is null)
        {
            profile = AssociationProfile.DefaultFor(tenant.Current);
            db.AssociationProfiles.Add(profile);
        }
        profile.Name = Form.Name.Trim();
        profile.Email = Blank(Form.Email);
        profile.Phone = Blank(Form.Phone);
        profile.PostalAddress = Blank(Form.PostalAddress?.Replace("\r\n", "\n", StringComparison.Ordinal));
        profile.Website = Blank(Form.Website);
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { sparat = true });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
