using System.Net;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Members;
using Platform.Features.WeeklySummary;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features;

public sealed class WeeklySummaryAndAdminPagesTests
{
    private static async Task WithContactAsync(PlatformFactory factory, TenantInfo tenant, string? email = "kansli@roslagen.example") =>
        await factory.InTenantAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<TenantDb>();
            db.AssociationProfiles.Add(new AssociationProfile { Name = tenant.Name, Email = email });
            await db.SaveChangesAsync();
        });

    private static Task RunSummaryAsync(PlatformFactory factory, TenantInfo tenant) =>
        factory.InTenantAsync(tenant, services => services.GetRequiredService<WeeklySummaryJob>().RunAsync(tenant.Id, CancellationToken.None));

    [Fact]
    public async Task The_weekly_summary_lists_ending_memberships_and_mail_that_could_not_be_sent()
    {
        using var factory = new PlatformFactory();
        var insjoriket = await factory.ProvisionAsync("insjoriket", "Samordningsförbundet Insjöriket");
        await WithContactAsync(factory, insjoriket);
        await factory.InTenantAsync(insjoriket, async services =>
        {
            var db = services.GetRequiredService<TenantDb>();
            db.Members.Add(new Member { Id = Guid.NewGuid(), Name = "Alingsås kommun", Kind = MemberKind.Municipality, MemberTo = new DateOnly(2026, 12, 31) });
            db.Members.Add(new Member { Id = Guid.NewGuid(), Name = "Lerums kommun", Kind = MemberKind.Municipality, MemberTo = new DateOnly(2027, 6, 30) });
            await db.SaveChangesAsync();
        });
        await factory.QueueAsync(insjoriket, EmailTestKit.Message("kallelse/1"));
        await factory.SetStatusAsync(insjoriket, Assert.Single(await factory.OutboxAsync(insjoriket)).Id, OutboxStatus.Dead);

        await RunSummaryAsync(factory, insjoriket);

        var summary = Assert.Single(await factory.OutboxAsync(insjoriket), m => m.CorrelationKey.StartsWith("veckosammanfattning/", StringComparison.Ordinal));
        Assert.Equal("veckosammanfattning/2026-W48/kansli@roslagen.example", summary.CorrelationKey);
        Assert.Contains("Alingsås kommun: medlemskapet upphör 31 december 2026", summary.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Lerums kommun", summary.TextBody, StringComparison.Ordinal); // more than 90 days away
        Assert.Contains("1 meddelande kunde inte skickas", summary.TextBody, StringComparison.Ordinal);
        Assert.Contains("Här är det som är på gång", summary.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_goes_to_each_admin_of_the_association_and_to_nobody_else()
    {
        using var factory = new PlatformFactory();
        var roslagen = await factory.ProvisionAsync("roslagen");
        var suvs = await factory.ProvisionAsync("suvs");
        await WithContactAsync(factory, roslagen);
        await factory.AddPersonAsync(roslagen, Roles.Admin, "anna@roslagen.test");
        await factory.AddPersonAsync(roslagen, Roles.Admin, "bo@roslagen.test");
        await factory.AddPersonAsync(roslagen, Roles.Board, "ledamot@roslagen.test");
        await factory.AddPersonAsync(suvs, Roles.Admin, "cecilia@suvs.test");

        await RunSummaryAsync(factory, roslagen);

        var recipients = (await factory.OutboxAsync(roslagen)).Select(m => m.To).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, recipients.Count);
        Assert.Contains("anna@roslagen.test", recipients[0], StringComparison.Ordinal);
        Assert.Contains("bo@roslagen.test", recipients[1], StringComparison.Ordinal);
        Assert.DoesNotContain(recipients, r => r.Contains("kansli@", StringComparison.Ordinal) || r.Contains("cecilia", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quiet_week_is_a_summary_too_and_the_next_week_gets_its_own()
    {
        using var factory = new PlatformFactory();
        var hbs = await factory.ProvisionAsync("hbs", "Samordningsförbundet HBS");
        await WithContactAsync(factory, hbs, "kansli@hbs.example");

        await RunSummaryAsync(factory, hbs);
        await RunSummaryAsync(factory, hbs); // the same week again: nothing new
        factory.Clock.Advance(TimeSpan.FromDays(7));
        await RunSummaryAsync(factory, hbs);

        var summaries = await factory.OutboxAsync(hbs);
        Assert.Equal(["Veckosammanfattning vecka 48 2026 – Samordningsförbundet HBS", "Veckosammanfattning vecka 49 2026 – Samordningsförbundet HBS"],
            summaries.Select(s => s.Subject));
        Assert.Contains("Inget nytt den här veckan", summaries[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("Inga medlemskap upphör", summaries[0].HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_contact_address_no_summary_is_queued_and_the_reason_is_logged()
    {
        using var factory = new PlatformFactory();
        var varna = await factory.ProvisionAsync("varna");

        await RunSummaryAsync(factory, varna);

        Assert.Empty(await factory.OutboxAsync(varna));
        Assert.Contains(factory.Logs.Records, r => r.Message.StartsWith("No admin to send the weekly summary to", StringComparison.Ordinal)
                                                  && Equals(r.Scope.GetValueOrDefault("TenantId"), varna.Id.Value));
    }

    [Fact]
    public async Task The_outbox_page_searches_and_filters_within_the_association_only()
    {
        using var factory = new PlatformFactory();
        var a = await factory.ProvisionAsync("roslagen");
        var b = await factory.ProvisionAsync("suvs");
        await factory.QueueAsync(a, EmailTestKit.Message("1", "Kallelse till styrelsemöte", "anna.aberg@example.org"));
        await factory.QueueAsync(a, EmailTestKit.Message("2", "Faktura medlemsavgift 2027", "faktura@taby.example"));
        await factory.QueueAsync(b, EmailTestKit.Message("3", "Hemligt ärende i SUVS", "anna.aberg@example.org"));
        var invoice = (await factory.OutboxAsync(a)).Single(m => m.Subject.StartsWith("Faktura", StringComparison.Ordinal));
        await factory.SetStatusAsync(a, invoice.Id, OutboxStatus.Dead);
        var client = await factory.SignedInAsync(a);

        var all = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/utkorg"));
        var search = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/utkorg?q=ANNA.ABERG"));
        var dead = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/utkorg?status=stoppade"));
        var wildcard = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/utkorg?q=%25"));

        Assert.Contains("Kallelse till styrelsemöte", all, StringComparison.Ordinal);
        Assert.Contains("1 meddelande kunde inte skickas.", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemligt ärende i SUVS", all + search + dead, StringComparison.Ordinal);
        Assert.Contains("Kallelse till styrelsemöte", search, StringComparison.Ordinal);
        Assert.DoesNotContain("Faktura medlemsavgift", search, StringComparison.Ordinal);
        Assert.Contains("Faktura medlemsavgift 2027", dead, StringComparison.Ordinal);
        Assert.DoesNotContain("Kallelse till styrelsemöte", dead, StringComparison.Ordinal);
        Assert.Contains("Inga meddelanden matchar", wildcard, StringComparison.Ordinal); // % is a character, not a wildcard
    }

    [Fact]
    public async Task The_jobs_page_shows_the_schedule_and_only_this_associations_jobs()
    {
        using var factory = new PlatformFactory(); // no server: enqueued jobs stay visible in the queue
        var a = await factory.ProvisionAsync("roslagen");
        var b = await factory.ProvisionAsync("suvs");
        factory.Service<IBackgroundJobClient>().Enqueue<OutboxDispatchJob>(j => j.RunAsync(b.Id, CancellationToken.None));

        var aPage = WebUtility.HtmlDecode(await (await factory.SignedInAsync(a)).GetStringAsync("/admin/jobb"));
        var bPage = WebUtility.HtmlDecode(await (await factory.SignedInAsync(b)).GetStringAsync("/admin/jobb"));

        Assert.Contains("Veckosammanfattning till kansliet", aPage, StringComparison.Ordinal);
        Assert.Contains("måndagar kl. 07.00", aPage, StringComparison.Ordinal);
        Assert.Contains("Inga jobb väntar just nu.", aPage, StringComparison.Ordinal);
        Assert.Contains("I kö", bPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Inga jobb väntar just nu.", bPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_association_details_are_validated_in_Swedish_and_saved()
    {
        using var factory = new PlatformFactory();
        var a = await factory.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        var client = await factory.SignedInAsync(a);
        Task<HttpResponseMessage> PostAsync(string email) => client.PostFormAsync("/admin/foreningen", "/admin/foreningen",
            ("Form.Name", "Samordningsförbundet Roslagen"), ("Form.Email", email), ("Form.Phone", "0176-123 45"), ("Form.Website", "https://roslagen.example"));

        var invalid = await PostAsync("inte en adress");
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Ange en e-postadress", WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(await factory.InTenantAsync(a, s => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(s.GetRequiredService<TenantDb>().AssociationProfiles)));

        var valid = await PostAsync("kansli@roslagen.example");
        Assert.Equal(HttpStatusCode.Redirect, valid.StatusCode);
        var saved = await factory.InTenantAsync(a, s => s.GetRequiredService<TenantDb>().GetAssociationProfileAsync(a, CancellationToken.None));
        Assert.Equal(("kansli@roslagen.example", "0176-123 45"), (saved.Email, saved.Phone));
    }

    [Fact]
    public async Task Admin_pages_and_the_dashboard_are_for_admins_and_operators_only()
    {
        using var factory = new PlatformFactory();
        var roslagen = await factory.ProvisionAsync("roslagen");
        var stranger = factory.ClientFor("roslagen.localhost");
        var board = await factory.SignedInAsync(roslagen, Roles.Board);
        var admin = await factory.SignedInAsync(roslagen, Roles.Admin);
        await factory.AddPlatformPersonAsync(Roles.Operator, "drift@platform.test");
        await factory.AddPlatformPersonAsync(Roles.Network, "natverk@platform.test");
        var operatorClient = await factory.SignInAsync("localhost", "drift@platform.test");
        var network = await factory.SignInAsync("localhost", "natverk@platform.test");

        foreach (var path in new[] { "/admin/utkorg", "/admin/jobb", "/admin/foreningen", "/admin/personer", "/admin/logg", "/admin/integrationer" })
        {
            var anonymous = await stranger.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/konto/logga-in", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            var refused = await board.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/konto/ingen-behorighet", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/hangfire")).StatusCode); // not on an association's host
        Assert.Equal(HttpStatusCode.Redirect, (await factory.ClientFor("localhost").GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await network.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/hangfire")).StatusCode);
    }
}
