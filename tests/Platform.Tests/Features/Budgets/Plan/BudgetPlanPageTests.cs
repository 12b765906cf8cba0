using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Budgets.Model;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Budgets.Plan;

/// <summary>The budget's pages: the year laid out as SUVS's paper with its adoption, and field errors that write nothing.</summary>
public sealed class BudgetPlanPageTests(SharedPlatform shared) : IClassFixture<SharedPlatform>
{
    private readonly PlatformFactory platform = shared.Platform;

    private static string Kr(long amount) => amount.ToString("N0", Platform.Infrastructure.SwedishTime.Culture);

    [Fact]
    public async Task The_year_page_shows_the_papers_sums_and_once_adopted_Faststallt_av_styrelsen_den()
    {
        var tenant = await platform.ProvisionAsync("suvs-plan-page");
        await SuvsPaper.SeedAsync(platform, tenant);
        var office = await platform.SignedInAsync(tenant);
        // A proposal says where a line's numbers come from; once adopted they are frozen and it says nothing.
        var proposal = WebUtility.HtmlDecode(await office.GetStringAsync("/budget/2022"));
        Assert.Contains("planen indexeras +2 % per år", proposal, StringComparison.Ordinal);

        var (status, text) = await office.PostPageAsync("/budget/2022", "/budget/2022?handler=Adopt", ("version", "1"), ("Adopt.AdoptedOn", "2021-11-25"), ("Adopt.ParagraphId", ""));
        Assert.True(status == HttpStatusCode.Redirect, text);

        var page = WebUtility.HtmlDecode(await office.GetStringAsync("/budget/2022"));
        Assert.Contains("Fastställt av styrelsen den 25 november 2021", page, StringComparison.Ordinal);
        Assert.Contains("Läge: fastställd", page, StringComparison.Ordinal);
        foreach (var (label, amounts) in new (string, long[])[]
        {
            ("Summa intäkter", [11_430_000, 11_480_000, 9_830_000, 6_930_000, 6_930_000]),
            ("Summa kostnader", [12_990_000, 10_990_000, 11_889_000, 6_913_780, 6_854_356]),
            ("Balanserat resultat årets slut", [332_650, 2_382_650, 323_650, 339_870, 415_514]),
        })
        {
            var row = page[page.IndexOf(label, StringComparison.Ordinal)..];
            row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
            Assert.Equal(amounts.Select(Kr), System.Text.RegularExpressions.Regex.Matches(row, "<td class=\"num\">([^<]+)</td>").Select(m => m.Groups[1].Value));
        }
        Assert.Contains($"<td class=\"num\">{Kr(-2_059_000)}</td>", page, StringComparison.Ordinal);
        Assert.Contains("varav Medlemsavgift kommunerna", page, StringComparison.Ordinal);
        Assert.DoesNotContain("planen indexeras", page, StringComparison.Ordinal);
        Assert.Contains("tabindex=\"0\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_on_the_pages_gets_the_message_beside_the_field_and_writes_nothing()
    {
        var tenant = await platform.ProvisionAsync("suvs-plan-form");
        var office = await platform.SignedInAsync(tenant);

        var (status, text) = await office.PostPageAsync("/budget", "/budget", ("Form.Year", "1999"), ("Form.OpeningBalance", ""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Ange ett år mellan 2000 och 2099.", text, StringComparison.Ordinal);

        (status, text) = await office.PostPageAsync("/budget", "/budget", ("Form.Year", "2024"), ("Form.OpeningBalance", "1 200 000"));
        Assert.True(status == HttpStatusCode.Redirect, text);
        var edit = "/budget/2024/version/1/redigera";
        var reserve = await platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().BudgetItems.Where(i => i.Name == "Nya insatser").Select(i => i.Id).SingleAsync());
        (status, text) = await office.PostPageAsync(edit, edit + "?handler=Save", ("Form.OpeningBalance", "1 200 000"),
            ("Form.Rows[0].ItemId", reserve.ToString()), ("Form.Rows[0].Amount", "400 000 kronor ungefär"), ("Form.Rows[0].Plan1", "300 000"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Ange beloppet i hela kronor, till exempel 225 000.", text, StringComparison.Ordinal);
        Assert.Contains("value=\"400 000 kronor ungefär\"", text, StringComparison.Ordinal);
        var row = await platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().BudgetRows.AsNoTracking().SingleAsync(r => r.ItemId == reserve));
        Assert.Equal((null, null), (row.Amount, row.Plan1));

        (status, text) = await office.PostPageAsync(edit, edit + "?handler=Save", ("Form.OpeningBalance", "1 200 000"),
            ("Form.Rows[0].ItemId", reserve.ToString()), ("Form.Rows[0].Amount", "400 000"), ("Form.Rows[0].Plan1", "300 000"));
        Assert.True(status == HttpStatusCode.Redirect, text);
        Assert.Contains(Kr(400_000), WebUtility.HtmlDecode(await office.GetStringAsync("/budget/2024")), StringComparison.Ordinal);

        (status, text) = await office.PostPageAsync("/budget/installningar", "/budget/installningar", ("Form.SalaryIndexPercent", "21"), ("Form.MemberReportMonth", "3"), ("Form.MemberReportDay", "1"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Ange löneindex som procent mellan 0 och 20", text, StringComparison.Ordinal);
        var index = await platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().BudgetSettings.AsNoTracking().Select(x => x.SalaryIndexPercent).SingleAsync());
        Assert.Equal(2m, index);
    }
}
