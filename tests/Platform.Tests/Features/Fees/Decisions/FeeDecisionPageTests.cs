using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Fees.Model;
using Platform.Features.Members;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Fees.Decisions;

/// <summary>The fee decision page as the office uses it: preview the allocation, then save what was previewed.</summary>
public sealed partial class FeeDecisionPageTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    [GeneratedRegex("<form(?=[^>]*class=\"form\")(?:(?=[^>]*action=\"([^\"]*)\"))?[^>]*>")]
    private static partial Regex DecisionFormAction(); // the decision form (class "form"), and its action if it has one

    [Fact]
    public async Task Save_after_a_preview_saves_the_decision_instead_of_previewing_again()
    {
        var tenant = await _platform.ProvisionAsync("roslagen");
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            foreach (var (name, kind, population) in new[]
            {
                ("Försäkringskassan", MemberKind.Government, (int?)null), ("Arbetsförmedlingen", MemberKind.EmploymentService, null),
                ("Region Stockholm", MemberKind.Region, 2_400_000), ("Norrtälje kommun", MemberKind.Municipality, 63_000), ("Östhammars kommun", MemberKind.Municipality, 22_000),
            })
                db.Members.Add(new Member { Id = Guid.NewGuid(), Name = name, Kind = kind, Population = population, MemberFrom = new DateOnly(2015, 1, 1) });
            await db.SaveChangesAsync();
        });
        var admin = await _platform.SignedInAsync(tenant);
        (string, string)[] fields =
        [
            ("Form.Total", "4000000"), ("Form.MunicipalitySplit", "Population"), ("Form.RegionSplit", "Population"),
            ("Form.PopulationDate", "2025-12-31"), ("Form.DecidedOn", "2026-11-20"), ("Form.Reference", "Styrelsen 2026-11-20 § 45"),
        ];

        // The office previews: the page shows the allocation, and its form posts to the page itself.
        using var preview = await admin.PostFormAsync("/avgifter/beslut/2027", "/avgifter/beslut/2027?handler=Preview", fields);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("Norrtälje kommun", html, StringComparison.Ordinal);
        var action = WebUtility.HtmlDecode(DecisionFormAction().Match(html).Groups[1].Value);
        Assert.Equal("/avgifter/beslut/2027", action);
        Assert.Equal(0, await CountAsync(tenant));

        // …then saves from the previewed page, as the browser would (the same page, its token, its action).
        using var saved = await admin.PostAsync(action, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", Forms.TokenOf(html)), .. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/avgifter?ar=2027&klart=avgiftsbeslut", saved.Headers.Location?.OriginalString);
        Assert.Equal(1, await CountAsync(tenant));
    }

    private Task<int> CountAsync(Platform.Infrastructure.Tenancy.TenantInfo tenant) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().FeeDecisions.CountAsync(d => d.Year == 2027));
}
