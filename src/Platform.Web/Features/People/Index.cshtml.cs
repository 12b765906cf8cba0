using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.People;

/// <summary>The association's people, for its admins: invite, change role, remove, see the last sign-in.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class IndexModel(Memberships people, Invitations invitations, TenantContext tenant) : PageModel
{
    internal sealed class InviteInput
    {
        [Display(Name = "E-postadress")]
        [Required(ErrorMessage = "Ange personens e-postadress.")]
        [EmailAddress(ErrorMessage = "Ange en e-postadress, till exempel namn@kommun.se.")]
        [StringLength(256, ErrorMessage = "E-postadressen får vara högst 256 tecken.")]
        public string Email { get; set; } = "";

        [Display(Name = "Roll")]
        [Required(ErrorMessage = "Välj en roll.")]
        public string Role { get; set; } = Roles.Board;
    }

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    public IReadOnlyList<Person> Members { get; private set; } = [];
    public IReadOnlyList<PendingInvitation> Pending { get; private set; } = [];
    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await invitations.InviteAsync(tenant.Current, Invite.Email, Invite.Role, User.ActorName()!, ct);
            if (result.Succeeded)
            {
                Message = $"En inbjudan är skickad till {Invite.Email.Trim()}. Länken gäller i sju dagar.";
                return RedirectToPage();
            }
            ModelState.AddModelError(result.Field is "Email" or "Role" ? $"Invite.{result.Field}" : "", result.Problem!);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid invitation, CancellationToken ct)
    {
        if (!await people.WithdrawInvitationAsync(tenant.Current.Id, invitation, User.ActorName()!, ct)) return NotFound();
        Message = "Inbjudan är återkallad. Länken fungerar inte längre.";
        return RedirectToPage();
    }

    /// <summary>Sends a pending invitation again: a new link, valid for seven days from now; the old link stops working.</summary>
    public async Task<IActionResult> OnPostResendAsync(Guid invitation, CancellationToken ct)
    {
        var pending = (await people.PendingInvitationsAsync(tenant.Current.Id, ct)).FirstOrDefault(i => i.Id == invitation);
        if (pending is null) return NotFound();
        var result = await invitations.InviteAsync(tenant.Current, pending.Email, pending.Role, User.ActorName()!, ct);
        Message = result.Succeeded ? $"En ny inbjudan är skickad till {pending.Email}." : result.Problem;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid membership, string role, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await people.ChangeRoleAsync(tenant.Current.Id, membership, role, User.ActorName()!, ct);
        return await AfterChangeAsync(result, "Rollen är ändrad.", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid membership, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await people.RemoveAsync(tenant.Current.Id, membership, User.ActorName()!, ct);
        return await AfterChangeAsync(result, "Personen har inte längre behörighet i förbundet.", ct);
    }

    private async Task<IActionResult> AfterChangeAsync(Outcome<Done> result, string done, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            Message = done;
            return RedirectToPage();
        }
        ModelState.AddModelError("", result.Problem!);
        Response.StatusCode = result.Kind == OutcomeKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Members = await people.ListAsync(tenant.Current.Id, ct);
        Pending = await people.PendingInvitationsAsync(tenant.Current.Id, ct);
    }
}
