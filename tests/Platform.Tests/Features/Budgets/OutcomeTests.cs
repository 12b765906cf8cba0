using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Budgets.Model;
using Platform.Features.Fees.Model;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Budgets;

/// <summary>
/// The outcome from a SIE 4 file through the API and the pages: only the association's own file, once; mapped accounts
/// fill the follow-up of SUVS's 2022 budget; a corrected mapping and outcome by hand change it without a new import; the
/// balance against the ceiling for the association's own capital.
/// </summary>
public sealed class OutcomeTests(SharedPlatform shared) : IClassFixture<SharedPlatform>
{
    private readonly PlatformFactory platform = shared.Platform;

    private async Task<(TenantInfo Tenant, HttpClient Admin, Dictionary<string, Guid> Items)> SuvsAsync(string slug, string? organisationNumber = "556677-8899")
    {
        var tenant = await platform.ProvisionAsync(slug);
        await SuvsPaper.SeedAsync(platform, tenant);
        var items = await platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            if (organisationNumber is not null) db.Set<FeeSettings>().Add(new FeeSettings { OrganisationNumber = organisationNumber });
            await db.SaveChangesAsync();
            return await db.BudgetItems.ToDictionaryAsync(i => i.Name, i => i.Id);
        });
        var user = await platform.AddPersonAsync(tenant, Platform.Infrastructure.Identity.Roles.Admin, $"kansli@{slug}.test");
        return (tenant, await platform.ApiClientAsync(tenant, user.Email!), items);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(HttpClient client, byte[] file, string name = "suvs-2022.se")
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(file), "file", name);
        using var response = await client.PostAsync("/api/budgets/outcome/imports", form);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static string FileError(JsonElement problem) => problem.GetProperty("errors").GetProperty("file")[0].GetString()!;

    private static async Task<JsonElement> FollowUpAsync(HttpClient client, int month = 6) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/budgets/2022/follow-up?month={month}");

    private static JsonElement Line(JsonElement followUp, string name) =>
        followUp.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("name").GetString() == name).GetProperty("figures");

    private static long Number(JsonElement e, string property) => e.GetProperty(property).GetInt64();

    private static long[] Numbers(JsonElement e, params string[] properties) => [.. properties.Select(p => Number(e, p))];

    [Fact]
    public async Task Refuses_another_organisations_file_a_file_read_before_and_files_that_are_not_sie_4_writing_nothing()
    {
        var (tenant, admin, _) = await SuvsAsync("suvs-sie-refusals");

        var (other, otherProblem) = await UploadAsync(admin, SieReaderTests.File(SieReaderTests.Text(orgnr: "5566778898")));
        Assert.Equal(HttpStatusCode.BadRequest, other);
        Assert.Contains("Filen gäller organisationsnummer 556677-8898", FileError(otherProblem), StringComparison.Ordinal);

        Assert.StartsWith("Filen är inte en SIE-fil", FileError((await UploadAsync(admin, "Konto;Belopp\n5010;1500\n"u8.ToArray())).Body), StringComparison.Ordinal);
        Assert.Contains("typ 2", FileError((await UploadAsync(admin, SieReaderTests.File(SieReaderTests.Text(type: "2")))).Body), StringComparison.Ordinal);
        var broken = SieReaderTests.File(SieReaderTests.Text());
        broken[Array.IndexOf(broken, (byte)'7')] = (byte)'8';
        Assert.Contains("#KSUMMA", FileError((await UploadAsync(admin, broken)).Body), StringComparison.Ordinal);
        var utf8 = System.Text.Encoding.UTF8.GetBytes(Platform.Features.Budgets.Outcome.SieReader.Pc8.GetString(SieReaderTests.File(SieReaderTests.Text())));
        Assert.Contains("UTF-8", FileError((await UploadAsync(admin, utf8)).Body), StringComparison.Ordinal);

        // The association's own file: read once, and the same bytes again are refused with when and by whom.
        var file = SieReaderTests.File(SieReaderTests.Text());
        var (created, summary) = await UploadAsync(admin, file);
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(["2022-03", "2022-06", "2022-09"], summary.GetProperty("months").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(3, summary.GetProperty("accounts").GetInt32());
        Assert.Equal("periodBalances", summary.GetProperty("source").GetString());
        Assert.Equal(["3010", "5010", "7010"], summary.GetProperty("unmapped").EnumerateArray().Select(u => u.GetProperty("account").GetString()));
        var (twice, conflict) = await UploadAsync(admin, file, "samma-igen.se");
        Assert.Equal(HttpStatusCode.Conflict, twice);
        Assert.StartsWith("Filen är redan inläst den", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().SieImports.CountAsync()));

        // Without the association's organisation number there is nothing to compare with: say where to fill it in.
        var (_, bare, _) = await SuvsAsync("suvs-sie-no-orgnr", organisationNumber: null);
        Assert.Contains("/admin/fakturering", FileError((await UploadAsync(bare, file)).Body), StringComparison.Ordinal);

        // The page shows the refusal beside the file field.
        using var page = await admin.PostAsync("/budget/utfall?handler=Import", new MultipartFormDataContent
        {
            { new StringContent(Forms.TokenOf(await admin.GetStringAsync("/budget/utfall"))), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "igen.se" },
        });
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("Filen är redan inläst den", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mapped_accounts_fill_the_follow_up_and_a_corrected_mapping_or_outcome_by_hand_changes_it_without_a_new_import()
    {
        var (_, admin, items) = await SuvsAsync("suvs-follow-up");
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(admin, SieReaderTests.File(SieReaderTests.Text()))).Status);

        // An account twice in one post: a field error, nothing saved.
        var (twice, problem) = await admin.SendAsync(HttpMethod.Put, "/api/budgets/outcome/accounts", new
        {
            rows = new[] { new { account = "5010", itemId = items["Styrelse"].ToString() }, new { account = "5010", itemId = items["Revision"].ToString() } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, twice);
        Assert.Equal("Kontot 5010 är redan valt på en annan rad.", problem.GetProperty("errors").GetProperty("rows[1].Account")[0].GetString());

        var (saved, _) = await admin.SendAsync(HttpMethod.Put, "/api/budgets/outcome/accounts", new
        {
            rows = new[] { new { account = "3010", itemId = items["Medlemsavgift SLL"].ToString() }, new { account = "5010", itemId = items["Styrelse"].ToString() } },
        });
        Assert.Equal(HttpStatusCode.OK, saved);

        // June: half the year. SLL's income with the sign turned; the board's 12 345,50 + 50 000,49 kr, each month rounded.
        var june = await FollowUpAsync(admin);
        var sll = Line(june, "Medlemsavgift SLL");
        Assert.Equal([1_732_500, 866_250, 1_732_500, 866_250], Numbers(sll, "budget", "budgetToDate", "outcomeToDate", "deviation"));
        Assert.Equal(100.0m, sll.GetProperty("deviationPercent").GetDecimal());
        var board = Line(june, "Styrelse");
        Assert.Equal([120_000, 60_000, 62_346, 2_346, 120_000, 0], Numbers(board, "budget", "budgetToDate", "outcomeToDate", "deviation", "forecast", "forecastDeviation"));
        Assert.Equal(3.9m, board.GetProperty("deviationPercent").GetDecimal());
        Assert.Equal(12_346, Number(Line(await FollowUpAsync(admin, 3), "Styrelse"), "outcomeToDate"));
        var admin2022 = june.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "administration").GetProperty("figures");
        Assert.Equal(62_346, Number(admin2022, "outcomeToDate"));
        Assert.Equal(1_732_500 - 62_346, Number(june.GetProperty("result"), "outcomeToDate"));
        Assert.Equal(2_382_650 + 1_732_500 - 62_346, Number(june.GetProperty("balance"), "balanceToDate"));
        Assert.Equal("7010", Assert.Single(june.GetProperty("unmapped").EnumerateArray()).GetProperty("account").GetString());

        // The office corrects the mapping on the page: the same import now goes to Revision.
        var form = await admin.PostFormAsync("/budget/konton", "/budget/konton",
            ("Form.Rows[0].Account", "3010"), ("Form.Rows[0].ItemId", items["Medlemsavgift SLL"].ToString()),
            ("Form.Rows[1].Account", "5010"), ("Form.Rows[1].ItemId", items["Revision"].ToString()),
            ("Form.Rows[2].Account", "7010"), ("Form.Rows[2].ItemId", ""));
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        june = await FollowUpAsync(admin);
        Assert.Equal(0, Number(Line(june, "Styrelse"), "outcomeToDate"));
        Assert.Equal(62_346, Number(Line(june, "Revision"), "outcomeToDate"));

        // Outcome by hand replaces the import's June for Revision; removed, the import counts again.
        var entry = await admin.PostOkAsync("/api/budgets/outcome/entries", new { itemId = items["Revision"].ToString(), year = 2022, month = 6, amount = "10 000", note = "Faktura från revisorn" });
        Assert.Equal(12_346 + 10_000, Number(Line(await FollowUpAsync(admin), "Revision"), "outcomeToDate"));
        Assert.True((await FollowUpAsync(admin)).GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "Revision").GetProperty("byHand").GetBoolean());
        var (bad, badProblem) = await admin.SendAsync(HttpMethod.Post, "/api/budgets/outcome/entries", new { itemId = items["Revision"].ToString(), year = 2022, month = 6, amount = "10 000,50" });
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Equal("Ange beloppet i hela kronor, till exempel 225 000.", badProblem.GetProperty("errors").GetProperty("amount")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(HttpMethod.Delete, $"/api/budgets/outcome/entries/{entry.Id()}")).Status);
        Assert.Equal(62_346, Number(Line(await FollowUpAsync(admin), "Revision"), "outcomeToDate"));

        // The page the board reads.
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/budget/uppfoljning?ar=2022&manad=6"));
        Assert.Contains("Uppföljning av budget 2022", html, StringComparison.Ordinal);
        Assert.Contains("62 346 kr", html.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains("MIA Vidare/Resursteam", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_forecast_closing_balance_over_the_ceiling_gives_a_warning_and_no_ceiling_says_where_to_choose_one()
    {
        var (tenant, admin, _) = await SuvsAsync("suvs-ceiling");
        async Task<string> PageAsync() => WebUtility.HtmlDecode(await admin.GetStringAsync("/budget/uppfoljning?ar=2022&manad=12")).Replace('\u00a0', ' ');
        async Task CeilingAsync(decimal? percent) => await platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            (await db.BudgetSettings.SingleAsync()).CapitalCeilingPercent = percent;
            await db.SaveChangesAsync();
        });

        var none = await PageAsync();
        Assert.Contains("Inget tak för eget kapital är valt", none, StringComparison.Ordinal);
        Assert.Contains("href=\"/budget/installningar\"", none, StringComparison.Ordinal);

        // 5 % of 6 930 000 kr = 346 500 kr; the forecast closes at 2 382 650 − 2 059 000 = 323 650 kr: within.
        await CeilingAsync(5m);
        var within = await FollowUpAsync(admin, 12);
        Assert.Equal([323_650, 346_500], Numbers(within.GetProperty("balance"), "forecastClosing", "ceiling"));
        Assert.False(within.GetProperty("balance").GetProperty("overCeiling").GetBoolean());
        Assert.DoesNotContain("role=\"alert\"", await PageAsync(), StringComparison.Ordinal);

        // 4 % = 277 200 kr: over by 46 450 kr, said in words in an alert.
        await CeilingAsync(4m);
        var over = await PageAsync();
        Assert.Contains("role=\"alert\"", over, StringComparison.Ordinal);
        Assert.Contains("Varning: eget kapital över taket.", over, StringComparison.Ordinal);
        Assert.Contains("46 450 kr mer än förbundets tak på 277 200 kr", over, StringComparison.Ordinal);
        Assert.Equal(46_450, Number((await FollowUpAsync(admin, 12)).GetProperty("balance"), "overBy"));
    }
}
