using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Grants.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Grants.Template;

/// <summary>The association edits its application form (/admin/ansokan): introduction, sections, cost types.</summary>
public sealed class TemplatePageTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private static string Text(string html) => WebUtility.HtmlDecode(html).Replace('\u00a0', ' ');

    [Fact]
    public async Task The_office_edits_the_introduction_adds_and_removes_sections_and_cost_types_and_the_form_follows()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var admin = await _platform.SignedInAsync(tenant);
        var visitor = _platform.ClientFor(PlatformFactory.HostOf(tenant));

        using var intro = await admin.PostFormAsync("/admin/ansokan", "/admin/ansokan?handler=Introduction", ("Introduction", "Välkommen att söka medel hos oss."));
        Assert.Equal(HttpStatusCode.Redirect, intro.StatusCode);
        using var section = await admin.PostFormAsync("/admin/ansokan", "/admin/ansokan?handler=Section", ("Section.Title", "Risker"), ("Section.Guidance", "Vad kan gå fel?"), ("Section.Required", "true"));
        Assert.Equal(HttpStatusCode.Redirect, section.StatusCode);
        using var cost = await admin.PostFormAsync("/admin/ansokan", "/admin/ansokan?handler=CostType", ("CostType.Name", "Resor"));
        Assert.Equal(HttpStatusCode.Redirect, cost.StatusCode);

        var form = Text(await visitor.GetStringAsync("/ansok"));
        Assert.Contains("Välkommen att söka medel hos oss.", form, StringComparison.Ordinal);
        Assert.Contains("Risker (obligatoriskt)", form, StringComparison.Ordinal);
        Assert.Contains("Vad kan gå fel?", form, StringComparison.Ordinal);
        Assert.Contains(">Resor</th>", form, StringComparison.Ordinal);

        var background = GrantModel.SeededSections[0];
        using var removed = await admin.PostFormAsync("/admin/ansokan", "/admin/ansokan?handler=SectionActive", ("id", background.Id.ToString()), ("active", "false"));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(background.Title, Text(await visitor.GetStringAsync("/ansok")), StringComparison.Ordinal);
        var kept = await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().TemplateSections.AsNoTracking().SingleAsync(x => x.Id == background.Id));
        Assert.False(kept.Active);
        Assert.Contains(await _platform.AuditAsync(tenant), e => e.Event == AuditEvents.GrantTemplateChanged);
    }

    [Fact]
    public async Task A_section_without_a_title_is_refused_beside_the_field_keeping_the_guidance()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var admin = await _platform.SignedInAsync(tenant);

        using var response = await admin.PostFormAsync("/admin/ansokan", "/admin/ansokan?handler=Section", ("Section.Title", ""), ("Section.Guidance", "Vad kan gå fel?"), ("Section.Order", "x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("id=\"Section_Title-error\">Ange rubriken.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Section_Order-error\">Ange ordningen", html, StringComparison.Ordinal);
        Assert.Contains(">Vad kan gå fel?</textarea>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_office_edits_the_template()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var board = await _platform.SignedInAsync(tenant, Roles.Board);
        using var response = await board.GetAsync("/admin/ansokan");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
