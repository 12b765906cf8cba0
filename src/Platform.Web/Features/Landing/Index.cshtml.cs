using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Platform.Infrastructure;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Landing;

/// <summary>The platform's front page on the bare domain: the active associations, linked to their hosts.</summary>
[PlatformEndpoint, AllowAnonymous]
internal sealed class IndexModel(TenantCatalog catalog, IOptions<PlatformOptions> options) : PageModel
{
    internal sealed record AssociationLink(string Name, string Url);

    public IReadOnlyList<AssociationLink> Associations { get; private set; } = [];

    public void OnGet()
    {
        var port = Request.Host.Port is int p ? $":{p}" : "";
        var swedish = StringComparer.Create(SwedishTime.Culture, ignoreCase: true);
        Associations = catalog.All
            .Where(t => t.IsActive)
            .OrderBy(t => t.Name, swedish)
            .Select(t => new AssociationLink(t.Name, $"{Request.Scheme}://{t.Slug}.{options.Value.Domain}{port}/"))
            .ToList();
    }
}
