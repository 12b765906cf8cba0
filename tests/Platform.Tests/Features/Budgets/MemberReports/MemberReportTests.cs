using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Features.Fees.Invoicing;
using Platform.Tests.Support;
using UglyToad.PdfPig;
using Reports = Platform.Features.Budgets.MemberReports.MemberReports;

namespace Platform.Tests.Features.Budgets.MemberReports;

/// <summary>The annual report to each member: once per member and year, on and after the day in the settings, as a PDF by email. Moves the clock, so it has its own platform.</summary>
public sealed class MemberReportTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private Task<int> RunJobAsync(TenantInfo tenant) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<Reports>().SendDueAsync(CancellationToken.None));

    private Task<List<OutboxMessage>> ReportsAsync(TenantInfo tenant, int year) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().OutboxMessages.AsNoTracking().Include(m => m.Attachments)
            .Where(m => m.Subject.StartsWith($"Årsrapport {year} ")).ToListAsync());

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return new string(string.Concat(document.GetPages().Select(p => p.Text)).Where(c => !char.IsWhiteSpace(c)).ToArray());
    }

    [Fact]
    public async Task Each_member_with_an_address_gets_last_years_report_once_on_the_day_and_again_the_year_after()
    {
        var (tenant, api, members) = await InvoicingTests.SuvsAsync(_platform);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", InvoicingTests.Decision(members))).Status);
        await _platform.InTenantAsync(tenant, s => s.GetRequiredService<InvoiceIssuer>().RunAsync(new DateOnly(2026, 1, 15), "test", CancellationToken.None));
        var invoice = await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Invoices.AsNoTracking().SingleAsync(i => i.MemberId == members["Sollentuna kommun"]));
        await api.PostOkAsync("/api/payments", new { invoice = invoice.Ocr, amount = invoice.Total / 100m, paidOn = "2026-02-10" });
        // Sollentuna's contact gets it (not the invoice address); Sigtuna has no address at all.
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            (await db.Members.SingleAsync(m => m.Name == "Sollentuna kommun")).ContactEmail = "kontakt@sollentuna.example";
            (await db.Members.SingleAsync(m => m.Name == "Sigtuna kommun")).InvoiceEmail = null;
            await db.SaveChangesAsync();
        });

        // The day before (1 March by default): nothing.
        _platform.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 28, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunJobAsync(tenant));
        Assert.Empty(await ReportsAsync(tenant, 2026));

        // The office page: Sigtuna is listed without an address, nothing sent yet.
        var admin = await _platform.SignedInAsync(tenant);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/budget/medlemsrapporter?ar=2026"));
        Assert.Contains("Sigtuna kommun", page, StringComparison.Ordinal);
        Assert.Contains("saknar e-postadress", page, StringComparison.Ordinal);
        Assert.Contains("kontakt@sollentuna.example", page, StringComparison.Ordinal);

        // On the day: one email per member with an address, each with its PDF.
        _platform.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 6, 45, 0, TimeSpan.Zero));
        Assert.Equal(5, await RunJobAsync(tenant));
        var sent = await ReportsAsync(tenant, 2026);
        Assert.Equal(5, sent.Count);
        Assert.Equal(5, sent.Select(m => m.To).Distinct().Count());
        Assert.DoesNotContain(sent, m => m.To.Contains("sigtuna", StringComparison.OrdinalIgnoreCase));
        Assert.All(sent, m => Assert.Equal("application/pdf", Assert.Single(m.Attachments).ContentType));
        var sollentuna = Assert.Single(sent, m => m.To.Contains("kontakt@sollentuna.example", StringComparison.Ordinal));
        var text = PdfText(sollentuna.Attachments[0].Content);
        Assert.Contains("Sollentunakommun", text, StringComparison.Ordinal);
        Assert.Contains(Squeeze(Platform.Features.Fees.Money.Kronor(invoice.Total / 100)), text, StringComparison.Ordinal);
        var other = PdfText(Assert.Single(sent, m => m.To.Contains("upplands", StringComparison.Ordinal)).Attachments[0].Content);
        Assert.Contains("UpplandsVäsbykommun", other, StringComparison.Ordinal);
        Assert.Contains("Betaltför2026" + Squeeze(Platform.Features.Fees.Money.Kronor(0)), other, StringComparison.Ordinal);

        // Again the same day, and the day after: nothing more. The page shows them as sent.
        Assert.Equal(0, await RunJobAsync(tenant));
        _platform.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 2, 6, 45, 0, TimeSpan.Zero));
        Assert.Equal(0, await RunJobAsync(tenant));
        Assert.Equal(5, (await ReportsAsync(tenant, 2026)).Count);
        admin = await _platform.SignedInAsync(tenant); // the session of two days ago has run out
        page = WebUtility.HtmlDecode(await admin.GetStringAsync("/budget/medlemsrapporter?ar=2026"));
        Assert.Contains("till kontakt@sollentuna.example", page, StringComparison.Ordinal);

        // A year later: the next year's report.
        _platform.Clock.SetUtcNow(new DateTimeOffset(2028, 3, 1, 6, 45, 0, TimeSpan.Zero));
        Assert.Equal(5, await RunJobAsync(tenant));
        Assert.Equal(5, (await ReportsAsync(tenant, 2027)).Count);
        Assert.Equal(5, (await ReportsAsync(tenant, 2026)).Count);
    }

    [Fact]
    public async Task The_office_sends_one_at_once_after_a_confirmation_and_only_once_and_the_pdf_can_be_downloaded()
    {
        var (tenant, api, members) = await InvoicingTests.SuvsAsync(_platform);
        var admin = await _platform.SignedInAsync(tenant);
        var region = members["Region Stockholm"];
        var confirm = $"/budget/medlemsrapporter?ar=2025&skicka={region}";
        Assert.Contains("Skicka årsrapporten 2025 till Region Stockholm?", WebUtility.HtmlDecode(await admin.GetStringAsync(confirm)), StringComparison.Ordinal);
        Assert.Empty(await ReportsAsync(tenant, 2025)); // asking sends nothing

        var action = $"/budget/medlemsrapporter?handler=Send&ar=2025&medlem={region}";
        using var sent = await admin.PostFormAsync(confirm, action);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("faktura@region.example", Assert.Single(await ReportsAsync(tenant, 2025)).To.Split('<', '>').First(p => p.Contains('@', StringComparison.Ordinal)).Trim());
        using var again = await admin.PostFormAsync("/budget/medlemsrapporter?ar=2025", action);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(await ReportsAsync(tenant, 2025));

        var pdf = await admin.GetAsync($"/budget/medlemsrapporter?handler=Pdf&ar=2025&medlem={region}");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("RegionStockholm", PdfText(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/budget/medlemsrapporter?handler=Pdf&ar=2025&medlem={Guid.NewGuid()}")).StatusCode);

        // A board member reads the page but cannot send.
        var board = await _platform.SignedInAsync(tenant, Roles.Board);
        Assert.DoesNotContain("Skicka nu", await board.GetStringAsync("/budget/medlemsrapporter?ar=2024"), StringComparison.Ordinal);

        // The member register keeps the contact's address, and refuses a wrong one.
        var (status, _) = await api.SendAsync(HttpMethod.Put, $"/api/members/{region}", new
        {
            kind = "Region",
            name = "Region Stockholm",
            organisationNumber = "232100-0016",
            memberFrom = "2015-01-01",
            contactEmail = "inte en adress",
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var (ok, body) = await api.SendAsync(HttpMethod.Put, $"/api/members/{region}", new
        {
            kind = "Region",
            name = "Region Stockholm",
            organisationNumber = "232100-0016",
            memberFrom = "2015-01-01",
            contactEmail = "rapport@region.example",
        });
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal("rapport@region.example", body.GetProperty("contactEmail").GetString());
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
