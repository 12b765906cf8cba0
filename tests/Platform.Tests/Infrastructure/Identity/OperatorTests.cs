using System.Net;
using System.Text.RegularExpressions;
using Platform.Features.Operations;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Identity;

public sealed class OperatorTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _nytt = null!;

    public async Task InitializeAsync() => _nytt = await _platform.ProvisionAsync("nytt", "Samordningsförbundet Nytt");

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task An_operator_invites_the_first_admin_of_a_new_association_who_then_runs_it()
    {
        await _platform.AddPlatformPersonAsync(Roles.Operator, "drift@platform.test");
        var operatorClient = await _platform.SignInAsync("localhost", "drift@platform.test");

        var invalid = await operatorClient.PostPageAsync("/drift", "/drift?handler=InviteAdmin", ("Admin.Association", "nytt"), ("Admin.Email", "inte en adress"));
        Assert.Contains("Ange en e-postadress", invalid.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(">Ange ett klient-id.<", invalid.Text, StringComparison.Ordinal); // the other form on the page is not validated
        var sent = await operatorClient.PostPageAsync("/drift", "/drift?handler=InviteAdmin", ("Admin.Association", "nytt"), ("Admin.Email", "chef@nytt.test"));
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        var link = await _platform.LinkInOutboxAsync(_nytt, "Inbjudan");
        Assert.Equal("nytt.localhost", link.Host);
        var accepted = await _platform.ClientFor("nytt.localhost").PostPageAsync(link.PathAndQuery, link.PathAndQuery,
            ("DisplayName", "Chefen"), ("Form.Password", "chefens långa fras"), ("Form.Confirm", "chefens långa fras"));
        Assert.Contains("Välkommen!", accepted.Text, StringComparison.Ordinal);
        var admin = await _platform.SignInAsync("nytt.localhost", "chef@nytt.test", "chefens långa fras");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/personer")).StatusCode);
        Assert.Contains(await _platform.AuditAsync(_nytt), e => e.Event == AuditEvents.Invited && e.Actor == "drift@platform.test");
    }

    [Fact]
    public async Task The_command_line_invites_an_admin_and_creates_an_operator_with_a_password_shown_once()
    {
        var output = new StringWriter();
        Assert.Equal(0, await TenantCommands.RunAsync(_platform.Services, ["tenants", "invite-admin", "nytt", "chef@nytt.test"], output, CancellationToken.None));
        Assert.Contains("Inbjudan till Samordningsförbundet Nytt", Assert.Single(await _platform.OutboxAsync(_nytt)).Subject, StringComparison.Ordinal);
        Assert.Equal(1, await TenantCommands.RunAsync(_platform.Services, ["tenants", "invite-admin", "finns-inte", "chef@nytt.test"], output, CancellationToken.None));

        output = new StringWriter();
        Assert.Equal(0, await TenantCommands.RunAsync(_platform.Services, ["tenants", "platform-user", "ops@platform.test", "operator", "Driftansvarig"], output, CancellationToken.None));
        var password = Regex.Match(output.ToString(), "visas bara nu, byt det efter första inloggningen\\): (\\S+)").Groups[1].Value;
        var operatorClient = await _platform.SignInAsync("localhost", "ops@platform.test", password);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/drift")).StatusCode);
        Assert.Equal(1, await TenantCommands.RunAsync(_platform.Services, ["tenants", "platform-user", "ops@platform.test", "admin", "X"], new StringWriter(), CancellationToken.None));

        // A forgotten password on the platform host: a new one from the command line; the old session ends.
        output = new StringWriter();
        Assert.Equal(0, await TenantCommands.RunAsync(_platform.Services, ["tenants", "new-password", "ops@platform.test"], output, CancellationToken.None));
        var renewed = Regex.Match(output.ToString(), "byt det efter inloggningen\\): (\\S+)").Groups[1].Value;
        Assert.NotEqual(password, renewed);
        Assert.Equal(HttpStatusCode.Redirect, (await operatorClient.GetAsync("/drift")).StatusCode);
        await _platform.SignInAsync("localhost", "ops@platform.test", renewed);
    }
}
