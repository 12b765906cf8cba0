using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Features.Integrations;
using Platform.Features.Network;
using Platform.Features.People;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Operations;

/// <summary>
/// The operators' page on the platform host: the associations, their integration clients
/// (register, revoke), their statistics (refresh now) and the way to the jobs dashboard.
/// </summary>
[PlatformEndpoint, Authorize(Policy = AccessPolicies.Operator)]
internal sealed class IndexModel(
    TenantCatalog catalog, TenantProvisioner provisioner, IntegrationClients clients, OperatorInvitations invitations, NetworkStatistics statistics,
    TenantFanOut fanOut) : PageModel
{
    internal sealed class AdminInput
    {
        [Display(Name = "Förbund")]
        [Required(ErrorMessage = "Välj förbund.")]
        public string Association { get; set; } = "";

        [Display(Name = "E-postadress")]
        [Required(ErrorMessage = "Ange administratörens e-postadress.")]
        [EmailAddress(ErrorMessage = "Ange en e-postadress, till exempel namn@kommun.se.")]
        public string Email { get; set; } = "";
    }

    [BindProperty]
    public AdminInput Admin { get; set; } = new();

    internal sealed class CountyInput
    {
        [Display(Name = "Förbund")]
        [Required(ErrorMessage = "Välj förbund.")]
        public string Association { get; set; } = "";

        [Display(Name = "Län")]
        public string? County { get; set; }
    }

    [BindProperty]
    public CountyInput Place { get; set; } = new();

    internal sealed class ClientInput
    {
        [Display(Name = "Förbund")]
        [Required(ErrorMessage = "Välj förbund.")]
        public string Association { get; set; } = "";

        [Display(Name = "Klient-id")]
        [Required(ErrorMessage = "Ange ett klient-id.")]
        public string ClientId { get; set; } = "";

        [Display(Name = "Namn")]
        [Required(ErrorMessage = "Ange ett namn, till exempel systemets namn.")]
        public string DisplayName { get; set; } = "";

        [Display(Name = "Typ")]
        public bool IsPublic { get; set; }

        [Display(Name = "Återkomstadresser (för appar, en per rad)")]
        public string? RedirectUris { get; set; }
    }

    internal sealed record AssociationClients(
        TenantInfo Tenant, IReadOnlyList<ClientRegistration> Clients, DateTime? StatisticsTakenAt, string? StatisticsProblem, string? RegionCounty);

    [BindProperty]
    public ClientInput Form { get; set; } = new();

    public IReadOnlyList<AssociationClients> Associations { get; private set; } = [];
    public IReadOnlyList<ClientRegistration> PlatformClients { get; private set; } = [];
    /// <summary>A new client's secret: shown once, on the page that registered it.</summary>
    public (string ClientId, string Secret)? NewSecret { get; private set; }
    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken ct)
    {
        ValidateOnly(Form, nameof(Form));
        var tenant = catalog.All.FirstOrDefault(t => t.Slug == Form.Association && t.IsActive);
        if (tenant is null) ModelState.AddModelError("Form.Association", "Välj ett aktivt förbund.");
        var redirects = (Form.RedirectUris ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri : null).ToList();
        if (Form.IsPublic && (redirects.Count == 0 || redirects.Any(u => u is null)))
            ModelState.AddModelError("Form.RedirectUris", "Ange minst en fullständig adress, till exempel https://app.example/inloggad.");
        if (!ModelState.IsValid || tenant is null)
        {
            await LoadAsync(ct);
            return Page();
        }

        Outcome<Done> result;
        if (Form.IsPublic)
        {
            result = await clients.RegisterPublicAsync(tenant.Id, Form.ClientId.Trim(), Form.DisplayName, redirects!, User.ActorName()!, ct);
        }
        else
        {
            (result, var secret) = await clients.RegisterConfidentialAsync(tenant.Id, Form.ClientId.Trim(), Form.DisplayName, null, User.ActorName()!, ct);
            if (result.Succeeded) NewSecret = (Form.ClientId.Trim(), secret!);
        }
        if (!result.Succeeded) ModelState.AddModelError($"Form.{result.Field}", result.Problem!);
        else if (Form.IsPublic) Message = $"Appen {Form.ClientId.Trim()} är registrerad för {tenant.Name}.";
        if (result.Succeeded && !Form.IsPublic)
        {
            ModelState.Clear();
            Form = new ClientInput();
        }
        if (result.Succeeded && Form.IsPublic) return RedirectToPage();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The first admin of a new association (or a new one when the last has left): an invitation by email.</summary>
    public async Task<IActionResult> OnPostInviteAdminAsync(CancellationToken ct)
    {
        ValidateOnly(Admin, nameof(Admin));
        var tenant = catalog.All.FirstOrDefault(t => t.Slug == Admin.Association && t.IsActive);
        if (tenant is null) ModelState.AddModelError("Admin.Association", "Välj ett aktivt förbund.");
        if (ModelState.IsValid && tenant is not null)
        {
            var result = await invitations.InviteAdminAsync(tenant, Admin.Email, User.ActorName()!, ct);
            if (result.Succeeded)
            {
                Message = $"En inbjudan som administratör i {tenant.Name} är skickad till {Admin.Email.Trim()}.";
                return RedirectToPage();
            }
            ModelState.AddModelError(result.Field is "Email" ? "Admin.Email" : "Admin.Association", result.Problem!);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>
    /// The county the network's county views put the association in. Set here, by the operators, and
    /// not taken from the association's members, which its own admin can rename.
    /// </summary>
    public async Task<IActionResult> OnPostCountyAsync(CancellationToken ct)
    {
        ValidateOnly(Place, nameof(Place));
        var tenant = catalog.All.FirstOrDefault(t => t.Slug == Place.Association && t.IsActive);
        if (tenant is null) ModelState.AddModelError("Place.Association", "Välj ett aktivt förbund.");
        if (ModelState.IsValid && tenant is not null)
        {
            if (await provisioner.SetCountyAsync(tenant.Slug, Place.County, ct) is not { } problem)
            {
                Message = string.IsNullOrWhiteSpace(Place.County)
                    ? $"{tenant.Name} har inget län längre; nätverket visar förbundet under {NetworkStatistics.UnknownCounty}."
                    : $"{tenant.Name} ligger nu i {Place.County.Trim()} i nätverkets statistik.";
                return RedirectToPage();
            }
            ModelState.AddModelError("Place.County", problem);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The network's statistics now instead of tonight: one job per active association.</summary>
    public IActionResult OnPostRefreshStatistics()
    {
        var enqueued = fanOut.EnqueueForEveryAssociation(StatisticsJob.Id);
        Message = $"Statistiken tas fram nu för {enqueued} förbund. Nätverkets sida visar de nya siffrorna när jobben är klara.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string clientId, CancellationToken ct)
    {
        if (!await clients.RevokeAsync(clientId, User.ActorName()!, ct)) return NotFound();
        Message = $"{clientId} är återkallad. Dess token slutar gälla.";
        return RedirectToPage();
    }

    /// <summary>The page has two forms: validate the one that was posted (the binder may have filled the other under any prefix).</summary>
    private void ValidateOnly(object input, string prefix)
    {
        ModelState.Clear();
        TryValidateModel(input, prefix);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var swedish = StringComparer.Create(SwedishTime.Culture, ignoreCase: true);
        var list = new List<AssociationClients>();
        var snapshots = await statistics.SnapshotsAsync(ct);
        foreach (var tenant in catalog.All.Where(t => t.IsActive).OrderBy(t => t.Name, swedish))
        {
            var (takenAt, problem, regionCounty) = snapshots.GetValueOrDefault(tenant.Id);
            list.Add(new(tenant, await clients.ListAsync(tenant.Id, ct), takenAt, problem, regionCounty));
        }
        Associations = list;
        PlatformClients = await clients.ListAsync(null, ct);
    }
}
