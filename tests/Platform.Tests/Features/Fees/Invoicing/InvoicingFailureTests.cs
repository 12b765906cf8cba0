using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Fees.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;
using UglyToad.PdfPig;

namespace Platform.Tests.Features.Fees.Invoicing;

/// <summary>One member's invoice never stops the others: a name the PDF font cannot print, or a record that cannot be saved.</summary>
public sealed class InvoicingFailureTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private Task<List<Invoice>> InvoicesAsync(TenantInfo tenant) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Invoices.AsNoTracking().OrderBy(i => i.Number).ToListAsync());

    [Fact]
    public async Task A_member_named_with_a_character_the_invoice_font_lacks_gets_a_readable_PDF_and_every_member_after_it_gets_theirs()
    {
        var (tenant, admin, members) = await InvoicingTests.SuvsAsync(_platform);
        // Försäkringskassan comes first in the decision's order: before the fix its 中 stopped the whole run.
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var member = await db.Members.SingleAsync(m => m.Id == members["Försäkringskassan"]);
            member.Name = "Försäkringskassan 中央";
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", InvoicingTests.Decision(members))).Status);

        var (status, run) = await admin.SendAsync(HttpMethod.Post, "/api/invoicing/run");

        Assert.True(status == HttpStatusCode.OK, run.ToString());
        Assert.Equal(20, run.GetProperty("created").GetInt32());
        Assert.Empty(run.GetProperty("failed").EnumerateArray());
        var invoices = await InvoicesAsync(tenant);
        Assert.Equal(20, invoices.Count);
        Assert.Equal(5, invoices.Select(i => i.MemberId).Distinct().Count());
        foreach (var invoice in invoices)
        {
            using var pdf = await admin.GetAsync($"/api/invoices/{invoice.Id}/pdf");
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
            var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains(invoice.Ocr!, text, StringComparison.Ordinal);
            Assert.Contains(invoice.BuyerName.Split(' ')[0], text, StringComparison.Ordinal);
        }
        // The name is kept as written on the invoice; only the PDF prints the missing glyph as �.
        var state = Assert.Single(invoices.Select(i => i.BuyerName).Distinct(), n => n.StartsWith("Försäkringskassan", StringComparison.Ordinal));
        Assert.Equal("Försäkringskassan 中央", state);
        var emailed = await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().OutboxMessages.AsNoTracking().CountAsync(m => m.CorrelationKey.StartsWith("faktura:")));
        Assert.Equal(20, emailed);
    }

    [Fact]
    public async Task When_one_members_invoices_cannot_be_saved_the_others_are_made_and_the_admin_sees_which_failed_and_why_until_a_run_mends_them()
    {
        var (tenant, admin, members) = await InvoicingTests.SuvsAsync(_platform);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", InvoicingTests.Decision(members))).Status);
        // A deliberately broken record: the database refuses Region Stockholm's invoices.
        await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_region BEFORE INSERT ON Invoices WHEN NEW.BuyerName = 'Region Stockholm' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"));

        // The run from the fees page: the others are made, and the page says which failed and why.
        using var run = await admin.PostFormAsync("/avgifter?ar=2026", "/avgifter?ar=2026&handler=Run");
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(run.Headers.Location!)).Replace('\u00a0', ' ');
        Assert.Contains("Fakturakörningen är klar: 16 fakturor skapade, 16 skickade med e-post. 4 fakturor kunde inte skapas, se listan nedan.", page, StringComparison.Ordinal);
        Assert.Contains("Fakturor som inte kunde skapas (4)", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Region Stockholm</strong>, Medlemsavgift 2026, kvartal 1", page, StringComparison.Ordinal);
        Assert.Contains("Fakturan kunde inte sparas i databasen", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/medlemmar/{members["Region Stockholm"]}\">Medlemsregistret<span class=\"visually-hidden\"> för Region Stockholm</span>", page, StringComparison.Ordinal);
        var invoices = await InvoicesAsync(tenant);
        Assert.Equal(16, invoices.Count);
        Assert.DoesNotContain(invoices, i => i.MemberId == members["Region Stockholm"]);
        var audit = Assert.Single(await _platform.AuditAsync(tenant), e => e.Event == AuditEvents.InvoicesIssued);
        Assert.Contains("4 kunde inte skapas (Region Stockholm, Medlemsavgift 2026, kvartal 1", audit.Detail, StringComparison.Ordinal);

        // The API answer says which failed and why.
        var (status, again) = await admin.SendAsync(HttpMethod.Post, "/api/invoicing/run");
        Assert.True(status == HttpStatusCode.OK, again.ToString());
        Assert.Equal(0, again.GetProperty("created").GetInt32());
        var failed = again.GetProperty("failed").EnumerateArray().ToList();
        Assert.Equal(4, failed.Count);
        Assert.All(failed, f => Assert.Equal(members["Region Stockholm"], f.GetProperty("memberId").GetGuid()));
        Assert.All(failed, f => Assert.Contains("kunde inte sparas", f.GetProperty("reason").GetString(), StringComparison.Ordinal));
        Assert.Contains(failed, f => f.GetProperty("what").GetString() == "Medlemsavgift 2026, kvartal 1");

        // Mended: the next run makes the four, and the list is gone.
        await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Database.ExecuteSqlRawAsync("DROP TRIGGER refuse_region;"));
        var (mended, made) = await admin.SendAsync(HttpMethod.Post, "/api/invoicing/run");
        Assert.True(mended == HttpStatusCode.OK, made.ToString());
        Assert.Equal(4, made.GetProperty("created").GetInt32());
        Assert.Empty(made.GetProperty("failed").EnumerateArray());
        Assert.DoesNotContain("Fakturor som inte kunde skapas", await admin.GetStringAsync("/avgifter?ar=2026"), StringComparison.Ordinal);
        Assert.Equal(4, (await InvoicesAsync(tenant)).Count(i => i.MemberId == members["Region Stockholm"]));
    }
}
