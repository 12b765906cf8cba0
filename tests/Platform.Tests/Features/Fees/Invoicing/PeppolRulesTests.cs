using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using Platform.Infrastructure.Demo;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Fees.Invoicing.Peppol;
using Platform.Tests.Support;
using Xunit.Abstractions;

namespace Platform.Tests.Features.Fees.Invoicing;

/// <summary>
/// The e-invoices as a Peppol access point checks them: against OpenPEPPOL's own Schematron rules
/// (Peppol BIS Billing 3.0 and CEN's EN 16931 rules for UBL), not element by element.
/// </summary>
public sealed class PeppolRulesTests(PeppolRulesTests.DemoPlatform platform, ITestOutputHelper output) : IClassFixture<PeppolRulesTests.DemoPlatform>
{
    /// <summary>The demo data, seeded once for the class; the test adds a credit note per association.</summary>
    public sealed class DemoPlatform() : PlatformFactory(null, ("Platform:SeedDemoData", "true"));

    private readonly DemoPlatform _platform = platform;

    // Guards that no e-invoice the platform writes is refused by a Peppol access point (an email
    // address as the buyer's electronic address broke PEPPOL-EN16931-CL008).
    [Fact]
    public async Task Every_e_invoice_of_the_demo_associations_passes_the_fatal_Peppol_BIS_Billing_rules()
    {
        var documents = new Dictionary<string, byte[]>();
        foreach (var association in DemoAssociations.All)
        {
            var tenant = _platform.Service<TenantCatalog>().FindBySlug(association.Slug)!;
            // The latest invoice of every member this year, and a credit note of the first one.
            var invoices = await _platform.InTenantAsync(tenant, async s =>
            {
                var db = s.GetRequiredService<TenantDb>();
                var year = await db.Invoices.AsNoTracking().Where(i => i.Kind == InvoiceKind.Invoice && i.Year == 2026).OrderBy(i => i.Number).ToListAsync();
                var credit = await s.GetRequiredService<InvoiceIssuer>().CreditAsync(year[0].Id, "Fel referens", reissue: false, "Test", CancellationToken.None);
                return year.GroupBy(i => i.MemberId).Select(g => g.MaxBy(i => i.Number)!).Append(credit.Value!).Select(i => (i.Id, i.Number)).ToList();
            });
            Assert.True(invoices.Count >= 4, $"{association.Slug} has {invoices.Count} invoices");

            var admin = await _platform.SignInAsync($"{association.Slug}.localhost", $"admin@{association.Slug}.example", DemoIdentitySeeder.Password);
            foreach (var (id, number) in invoices)
            {
                using var response = await admin.GetAsync($"/api/invoices/{id}/e-invoice");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{association.Slug}: invoice {number} was not written as an e-invoice: {await response.Content.ReadAsStringAsync()}");
                documents[$"{association.Slug}-{number}.xml"] = await response.Content.ReadAsByteArrayAsync();
            }
        }
        // With VAT (category S and the seller's VAT number), which the demo does not charge.
        documents["sample-vat.xml"] = InvoiceUbl.Write(InvoiceDocumentTests.Sample(vatPercent: 25));
        documents["sample-vat-credit-note.xml"] = InvoiceUbl.Write(InvoiceDocumentTests.Sample(InvoiceKind.CreditNote, vatPercent: 25));

        var timer = System.Diagnostics.Stopwatch.StartNew();
        var results = await PeppolRules.ValidateAsync(documents);
        output.WriteLine($"{documents.Count} e-invoices checked against the Peppol and CEN rules in {timer.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal(documents.Keys.Order(StringComparer.Ordinal), results.Select(r => r.File).Order(StringComparer.Ordinal));
        foreach (var warning in results.SelectMany(r => r.Failures.Where(f => f.Flag != "fatal")).DistinctBy(f => f.Id))
            output.WriteLine($"warning [{warning.Id}] {warning.Text}");
        var fatal = results.SelectMany(r => r.Failures.Where(f => f.Flag == "fatal").Select(f => (r.File, f))).ToList();
        Assert.True(fatal.Count == 0,
            $"{fatal.Select(x => x.File).Distinct().Count()} of {documents.Count} e-invoices break fatal Peppol rules:\n"
            + string.Join("\n", fatal.GroupBy(x => x.f.Id).Select(g => $"[{g.Key}] {g.First().f.Text} ({g.First().f.Rules}; {g.Count()} times, e.g. {g.First().File} at {g.First().f.Location})")));
    }
}
