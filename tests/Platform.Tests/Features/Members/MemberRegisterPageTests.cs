using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Members;

/// <summary>The member register page (/admin/medlemmar) as the office uses it: add, change, leave, with the API's checks.</summary>
public sealed partial class MemberRegisterPageTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private static (string, string)[] Norrtalje(string organisationNumber = "212000-0142") =>
    [
        ("Form.Name", "Norrtälje kommun"), ("Form.Kind", "Municipality"), ("Form.OrganisationNumber", organisationNumber),
        ("Form.Population", "63 000"), ("Form.PopulationDate", "2025-12-31"),
        ("Form.InvoiceEmail", "faktura@norrtalje.example"), ("Form.InvoiceReference", "KS-4711"),
        ("Form.InvoiceStreet", "Box 800"), ("Form.InvoicePostalCode", "76128"), ("Form.InvoiceCity", "Norrtälje"),
        ("Form.MemberFrom", "2015-01-01"), ("Form.MemberTo", ""),
    ];

    private Task<List<Member>> MembersAsync(TenantInfo tenant) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Members.AsNoTracking().ToListAsync());

    [GeneratedRegex("<span class=\"error-text[^\"]*\"[^>]*data-valmsg-for=\"([^\"]+)\"[^>]*>([^<]+)</span>")]
    private static partial Regex FieldError();

    private static Dictionary<string, string> ErrorsBesideFields(string html) =>
        FieldError().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    [Fact]
    public async Task The_office_adds_a_member_in_the_page_and_it_is_listed_with_its_details_and_logged()
    {
        var tenant = await _platform.ProvisionAsync("roslagen");
        var admin = await _platform.SignedInAsync(tenant);

        using var added = await admin.PostFormAsync("/admin/medlemmar", "/admin/medlemmar", Norrtalje());
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/admin/medlemmar?klart=tillagd", added.Headers.Location?.OriginalString);

        var member = Assert.Single(await MembersAsync(tenant));
        Assert.Equal(("Norrtälje kommun", MemberKind.Municipality, "212000-0142", 63_000), (member.Name, member.Kind, member.OrganisationNumber, member.Population));
        Assert.Equal(new DateOnly(2025, 12, 31), member.PopulationDate);
        Assert.Equal(("Box 800", "761 28", "Norrtälje", "KS-4711"), (member.InvoiceStreet, member.InvoicePostalCode, member.InvoiceCity, member.InvoiceReference));

        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/medlemmar?klart=tillagd")).Replace('\u00a0', ' ');
        Assert.Contains("Medlemmen är tillagd i registret.", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/medlemmar/{member.Id}\"", list, StringComparison.Ordinal);
        foreach (var shown in new[] { "Norrtälje kommun", "Kommun", "212000-0142", "63 000", "2025-12-31", "2015-01-01", "faktura@norrtalje.example" })
            Assert.Contains(shown, list, StringComparison.Ordinal);

        var entry = Assert.Single(await _platform.AuditAsync(tenant), e => e.Event == AuditEvents.MemberChanged);
        Assert.Equal("Norrtälje kommun", entry.Subject);
        Assert.Equal($"admin@{tenant.Slug}.test", entry.Actor);
    }

    [Fact]
    public async Task A_wrong_organisation_number_is_refused_beside_its_field_and_nothing_typed_is_lost()
    {
        var tenant = await _platform.ProvisionAsync("roslagen");
        var admin = await _platform.SignedInAsync(tenant);

        using var refused = await admin.PostFormAsync("/admin/medlemmar", "/admin/medlemmar", Norrtalje("212000-0143"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        var errors = ErrorsBesideFields(html);
        Assert.Equal(["Form.OrganisationNumber"], errors.Keys);
        Assert.Contains("kontrollsiffra", errors["Form.OrganisationNumber"], StringComparison.Ordinal);
        // Everything typed is still in the form, the wrong number included, to be corrected.
        var text = WebUtility.HtmlDecode(html);
        foreach (var value in new[] { "Norrtälje kommun", "212000-0143", "63 000", "2025-12-31", "faktura@norrtalje.example", "KS-4711", "Box 800", "76128", "2015-01-01" })
            Assert.Contains($"value=\"{value}\"", text, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Municipality\" selected=\"selected\">", text, StringComparison.Ordinal);
        Assert.Empty(await MembersAsync(tenant));
        Assert.DoesNotContain(await _platform.AuditAsync(tenant), e => e.Event == AuditEvents.MemberChanged);
    }

    // Guards the e-invoice address: every invoice is also a Peppol e-invoice, addressed to the
    // member's organisationsnummer (an email address is refused by Peppol, PEPPOL-EN16931-CL008).
    [Fact]
    public async Task A_member_without_an_organisation_number_is_refused_in_the_page_and_the_API()
    {
        var tenant = await _platform.ProvisionAsync("roslagen");
        var admin = await _platform.SignedInAsync(tenant);

        using var refused = await admin.PostFormAsync("/admin/medlemmar", "/admin/medlemmar", Norrtalje(""));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = ErrorsBesideFields(await refused.Content.ReadAsStringAsync());
        Assert.Equal(["Form.OrganisationNumber"], errors.Keys);
        Assert.Contains("adressen för e-fakturor", errors["Form.OrganisationNumber"], StringComparison.Ordinal);

        await _platform.AddPersonAsync(tenant, Roles.Admin, "kansli@roslagen.test");
        var api = await _platform.ApiClientAsync(tenant, "kansli@roslagen.test");
        var (status, problem) = await api.SendAsync(HttpMethod.Post, "/api/members", new { kind = "Municipality", name = "Norrtälje kommun", memberFrom = "2015-01-01", invoiceEmail = "faktura@norrtalje.example" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("organisationsnummer", problem.GetProperty("errors").GetProperty("organisationNumber")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(await MembersAsync(tenant));
    }

    [Fact]
    public async Task The_office_changes_a_member_and_ends_its_membership_with_a_date_and_the_member_stays()
    {
        var tenant = await _platform.ProvisionAsync("roslagen");
        var admin = await _platform.SignedInAsync(tenant);
        (await admin.PostFormAsync("/admin/medlemmar", "/admin/medlemmar", Norrtalje())).Dispose();
        var id = Assert.Single(await MembersAsync(tenant)).Id;
        var page = $"/admin/medlemmar/{id}";

        var form = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("value=\"faktura@norrtalje.example\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"212000-0142\"", form, StringComparison.Ordinal);

        // A wrong end date is refused beside its field and the rest is kept; a right one is saved.
        var fields = Norrtalje().Select(f => f.Item1 switch
        {
            "Form.InvoiceEmail" => (f.Item1, "ekonomi@norrtalje.example"),
            "Form.MemberTo" => (f.Item1, "2014-12-31"),
            _ => f,
        }).ToArray();
        using var refused = await admin.PostFormAsync(page, page, fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Equal(["Form.MemberTo"], ErrorsBesideFields(refusedHtml).Keys);
        Assert.Contains("value=\"ekonomi@norrtalje.example\"", refusedHtml, StringComparison.Ordinal);

        fields = fields.Select(f => f.Item1 == "Form.MemberTo" ? (f.Item1, "2026-12-31") : f).ToArray();
        using var saved = await admin.PostFormAsync(page, page, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{page}?klart=sparad", saved.Headers.Location?.OriginalString);
        var member = Assert.Single(await MembersAsync(tenant));
        Assert.Equal(("ekonomi@norrtalje.example", new DateOnly(2026, 12, 31)), (member.InvoiceEmail, member.MemberTo));

        var changed = (await _platform.AuditAsync(tenant)).Where(e => e.Event == AuditEvents.MemberChanged).ToList();
        Assert.Equal(2, changed.Count);
        Assert.Contains("e-post för fakturor", changed[1].Detail, StringComparison.Ordinal);
        Assert.Contains("medlem till 2026-12-31", changed[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_and_the_API_refuse_the_same_way_and_only_admins_reach_the_page()
    {
        var tenant = await _platform.ProvisionAsync("roslagen");
        var admin = await _platform.SignedInAsync(tenant);
        (await admin.PostFormAsync("/admin/medlemmar", "/admin/medlemmar", Norrtalje())).Dispose();
        var id = Assert.Single(await MembersAsync(tenant)).Id;

        // A half address and a postal code that is not five digits: the register's checks, in both.
        await _platform.AddPersonAsync(tenant, Roles.Admin, "kansli@roslagen.test");
        var api = await _platform.ApiClientAsync(tenant, "kansli@roslagen.test");
        var (status, problem) = await api.SendAsync(HttpMethod.Put, $"/api/members/{id}", new
        {
            kind = "Municipality",
            name = "Norrtälje kommun",
            memberFrom = "2015-01-01",
            invoicePostalCode = "7612",
            invoiceCity = "Norrtälje",
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("fem siffror", problem.GetProperty("errors").GetProperty("invoicePostalCode")[0].GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("invoiceStreet", out _));
        using var page = await admin.PostFormAsync($"/admin/medlemmar/{id}", $"/admin/medlemmar/{id}",
            Norrtalje().Select(f => f.Item1 switch { "Form.InvoicePostalCode" => (f.Item1, "7612"), "Form.InvoiceStreet" => (f.Item1, ""), _ => f }).ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(["Form.InvoicePostalCode", "Form.InvoiceStreet"], ErrorsBesideFields(await page.Content.ReadAsStringAsync()).Keys.Order(StringComparer.Ordinal));

        var board = await _platform.SignedInAsync(tenant, Roles.Board);
        foreach (var path in new[] { "/admin/medlemmar", $"/admin/medlemmar/{id}" })
        {
            using var refused = await board.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/konto/ingen-behorighet", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync(refused.Headers.Location)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/medlemmar/{Guid.NewGuid()}")).StatusCode);
        Assert.Contains("href=\"/admin/medlemmar\"", await admin.GetStringAsync("/admin/personer"), StringComparison.Ordinal); // in the admin navigation
    }
}
