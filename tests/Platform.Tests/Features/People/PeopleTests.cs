using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.People;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Features.People;

public sealed class PeopleTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _roslagen = null!;
    private TenantInfo _suvs = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _roslagen = await _platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        _suvs = await _platform.ProvisionAsync("suvs", "Samordningsförbundet SUVS");
        await _platform.AddPersonAsync(_roslagen, Roles.Admin, "kansli@roslagen.test");
        _admin = await _platform.SignInAsync("roslagen.localhost", "kansli@roslagen.test");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private Task<(HttpStatusCode Status, string Text)> InviteAsync(string email, string role) =>
        _admin.PostPageAsync("/admin/personer", "/admin/personer?handler=Invite", ("Invite.Email", email), ("Invite.Role", role));

    /// <summary>Asks the people service directly, in a scope of its own.</summary>
    private async Task<T> PeopleAsync<T>(Func<Memberships, Task<T>> ask)
    {
        await using var scope = _platform.Services.CreateAsyncScope();
        return await ask(scope.ServiceProvider.GetRequiredService<Memberships>());
    }

    private async Task<Guid> MembershipIdAsync(TenantInfo tenant, string email) =>
        (await PeopleAsync(people => people.ListAsync(tenant.Id, CancellationToken.None)))
            .Single(p => p.Email == email).MembershipId;

    [Fact]
    public async Task An_invited_person_chooses_a_password_and_signs_in_with_the_role_they_were_given()
    {
        var invalid = await InviteAsync("inte-en-adress", Roles.Board);
        Assert.Contains("Ange en e-postadress", invalid.Text, StringComparison.Ordinal);

        var invited = await InviteAsync("Bertil@Kommun.test", Roles.Board);
        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var link = await _platform.LinkInOutboxAsync(_roslagen, "Inbjudan");
        Assert.Equal("roslagen.localhost", link.Host);
        Assert.Contains("bertil@kommun.test", System.Net.WebUtility.HtmlDecode(await _admin.GetStringAsync("/admin/personer")), StringComparison.Ordinal);

        var visitor = _platform.ClientFor("roslagen.localhost");
        var noName = await visitor.PostPageAsync(link.PathAndQuery, link.PathAndQuery, ("Form.Password", "bertils långa fras"), ("Form.Confirm", "bertils långa fras"));
        Assert.Contains("Ange ditt namn.", noName.Text, StringComparison.Ordinal);
        var accepted = await visitor.PostPageAsync(link.PathAndQuery, link.PathAndQuery,
            ("DisplayName", "Bertil Ledamot"), ("Form.Password", "bertils långa fras"), ("Form.Confirm", "bertils långa fras"));
        Assert.Contains("Välkommen!", accepted.Text, StringComparison.Ordinal);

        var bertil = await _platform.SignInAsync("roslagen.localhost", "bertil@kommun.test", "bertils långa fras");
        Assert.Equal(HttpStatusCode.Redirect, (await bertil.GetAsync("/admin/personer")).StatusCode); // board, not admin
        var reused = await visitor.PostPageAsync("/konto/logga-in", link.PathAndQuery,
            ("DisplayName", "Någon annan"), ("Form.Password", "en annan lång fras"), ("Form.Confirm", "en annan lång fras"));
        Assert.Contains("Inbjudan är ogiltig", reused.Text, StringComparison.Ordinal);

        var audit = await _platform.AuditAsync(_roslagen);
        Assert.Contains(audit, e => e.Event == AuditEvents.Invited && e.Actor == "kansli@roslagen.test" && e.Subject == "Bertil@Kommun.test");
        Assert.Contains(audit, e => e.Event == AuditEvents.InvitationAccepted && e.Subject == "bertil@kommun.test");
    }

    [Fact]
    public async Task A_pending_invitation_can_be_sent_again_or_withdrawn_and_the_old_link_stops()
    {
        await InviteAsync("glomsk@kommun.test", Roles.Board);
        var first = await _platform.LinkInOutboxAsync(_roslagen, "Inbjudan");
        var pending = (await PeopleAsync(people => people.PendingInvitationsAsync(_roslagen.Id, CancellationToken.None))).Single();

        _platform.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.GetAsync("/admin/personer")).StatusCode); // an idle session ends after 8 hours
        var admin = await _platform.SignInAsync("roslagen.localhost", "kansli@roslagen.test");
        var resent = await admin.PostPageAsync("/admin/personer", "/admin/personer?handler=Resend", ("invitation", pending.Id.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, resent.Status);
        var second = await _platform.LinkInOutboxAsync(_roslagen, "Inbjudan");
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await _platform.ClientFor("roslagen.localhost").GetAsync(first.PathAndQuery)).StatusCode);
        _platform.Clock.Advance(TimeSpan.FromDays(3)); // nine days after the first: the new link runs seven days from the resend
        Assert.Equal(HttpStatusCode.OK, (await _platform.ClientFor("roslagen.localhost").GetAsync(second.PathAndQuery)).StatusCode);

        var newId = (await PeopleAsync(people => people.PendingInvitationsAsync(_roslagen.Id, CancellationToken.None))).Single().Id;
        admin = await _platform.SignInAsync("roslagen.localhost", "kansli@roslagen.test");
        var withdrawn = await admin.PostPageAsync("/admin/personer", "/admin/personer?handler=Withdraw", ("invitation", newId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _platform.ClientFor("roslagen.localhost").GetAsync(second.PathAndQuery)).StatusCode);
        Assert.Contains(await _platform.AuditAsync(_roslagen), e => e.Event == AuditEvents.InvitationWithdrawn && e.Subject == "glomsk@kommun.test");

        // Another association's admin cannot withdraw or resend it.
        await admin.PostPageAsync("/admin/personer", "/admin/personer?handler=Invite", ("Invite.Email", "annan@kommun.test"), ("Invite.Role", Roles.Board));
        var roslagensId = (await PeopleAsync(people => people.PendingInvitationsAsync(_roslagen.Id, CancellationToken.None))).Single().Id;
        var suvsAdmin = await _platform.SignedInAsync(_suvs, Roles.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await suvsAdmin.PostPageAsync("/admin/personer", "/admin/personer?handler=Withdraw", ("invitation", roslagensId.ToString()))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await suvsAdmin.PostPageAsync("/admin/personer", "/admin/personer?handler=Resend", ("invitation", roslagensId.ToString()))).Status);
    }

    [Fact]
    public async Task An_invitation_expires_after_seven_days()
    {
        await InviteAsync("sen@kommun.test", Roles.Auditor);
        var link = await _platform.LinkInOutboxAsync(_roslagen, "Inbjudan");

        _platform.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await _platform.ClientFor("roslagen.localhost").GetAsync(link.PathAndQuery)).StatusCode);
        _platform.Clock.Advance(TimeSpan.FromMinutes(2));

        using var expired = await _platform.ClientFor("roslagen.localhost").GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Contains("för gammal", System.Net.WebUtility.HtmlDecode(await expired.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_from_one_association_does_nothing_on_another_associations_host()
    {
        await InviteAsync("cecilia@kommun.test", Roles.Admin);
        var link = await _platform.LinkInOutboxAsync(_roslagen, "Inbjudan");

        Assert.Equal(HttpStatusCode.NotFound, (await _platform.ClientFor("suvs.localhost").GetAsync(link.PathAndQuery)).StatusCode);
        var elsewhere = await _platform.ClientFor("suvs.localhost").PostPageAsync("/konto/logga-in", link.PathAndQuery,
            ("DisplayName", "Cecilia"), ("Form.Password", "cecilias långa fras"), ("Form.Confirm", "cecilias långa fras"));

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.Status);
        Assert.Empty(await PeopleAsync(people => people.ListAsync(_suvs.Id, CancellationToken.None)));
    }

    [Fact]
    public async Task Someone_with_an_account_confirms_with_their_password_and_then_serves_both_associations()
    {
        await _platform.AddPersonAsync(_suvs, Roles.Admin, "david@suvs.test");
        await InviteAsync("david@suvs.test", Roles.Auditor);
        var link = await _platform.LinkInOutboxAsync(_roslagen, "Inbjudan");
        var visitor = _platform.ClientFor("roslagen.localhost");

        var wrong = await visitor.PostPageAsync(link.PathAndQuery, link.PathAndQuery, ("ExistingPassword", "fel lösenord"));
        Assert.True(wrong.Text.Contains("Lösenordet stämmer inte.", StringComparison.Ordinal), wrong.Text[wrong.Text.IndexOf("<main", StringComparison.Ordinal)..]);
        var accepted = await visitor.PostPageAsync(link.PathAndQuery, link.PathAndQuery, ("ExistingPassword", PlatformFactory.Password));
        Assert.True(accepted.Text.Contains("Välkommen!", StringComparison.Ordinal), accepted.Text);

        await _platform.SignInAsync("roslagen.localhost", "david@suvs.test");
        await _platform.SignInAsync("suvs.localhost", "david@suvs.test");
    }

    [Fact]
    public async Task The_last_admin_can_be_neither_removed_nor_demoted_but_a_second_admin_makes_it_possible()
    {
        var self = await MembershipIdAsync(_roslagen, "kansli@roslagen.test");

        var remove = await _admin.PostPageAsync("/admin/personer", "/admin/personer?handler=Remove", ("membership", self.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, remove.Status);
        Assert.Contains("Den sista administratören kan inte tas bort.", remove.Text, StringComparison.Ordinal);
        var demote = await _admin.PostPageAsync("/admin/personer", "/admin/personer?handler=Role", ("membership", self.ToString()), ("role", Roles.Board));
        Assert.Contains("Den sista administratören kan inte få en annan roll.", demote.Text, StringComparison.Ordinal);

        await _platform.AddPersonAsync(_roslagen, Roles.Admin, "eva@roslagen.test");
        var demoted = await _admin.PostPageAsync("/admin/personer", "/admin/personer?handler=Role", ("membership", self.ToString()), ("role", Roles.Board));
        Assert.Equal(HttpStatusCode.Redirect, demoted.Status);

        // The change takes effect at the next request, not when the cookie expires.
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.GetAsync("/admin/personer")).StatusCode);
        Assert.Contains(await _platform.AuditAsync(_roslagen), e => e.Event == AuditEvents.RoleChanged && e.Subject == "kansli@roslagen.test");
    }

    [Fact]
    public async Task A_removed_person_is_signed_out_at_the_next_request()
    {
        await _platform.AddPersonAsync(_roslagen, Roles.Board, "fredrik@roslagen.test");
        var fredrik = await _platform.SignInAsync("roslagen.localhost", "fredrik@roslagen.test");
        Assert.Equal(HttpStatusCode.OK, (await fredrik.GetAsync("/konto/byt-losenord")).StatusCode);

        var removed = await _admin.PostPageAsync("/admin/personer", "/admin/personer?handler=Remove",
            ("membership", (await MembershipIdAsync(_roslagen, "fredrik@roslagen.test")).ToString()));
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);

        Assert.Equal(HttpStatusCode.Redirect, (await fredrik.GetAsync("/konto/byt-losenord")).StatusCode);
        Assert.Contains(await _platform.AuditAsync(_roslagen), e => e.Event == AuditEvents.MembershipRemoved && e.Subject == "fredrik@roslagen.test");
    }

    [Fact]
    public async Task An_admin_cannot_change_a_membership_of_another_association()
    {
        var other = await _platform.AddPersonAsync(_suvs, Roles.Admin, "gun@suvs.test");
        var id = await MembershipIdAsync(_suvs, "gun@suvs.test");

        var remove = await _admin.PostPageAsync("/admin/personer", "/admin/personer?handler=Remove", ("membership", id.ToString()));
        var role = await _admin.PostPageAsync("/admin/personer", "/admin/personer?handler=Role", ("membership", id.ToString()), ("role", Roles.Auditor));

        Assert.Equal(HttpStatusCode.NotFound, remove.Status);
        Assert.Equal(HttpStatusCode.NotFound, role.Status);
        Assert.Equal(Roles.Admin, (await PeopleAsync(people => people.ListAsync(_suvs.Id, CancellationToken.None))).Single(p => p.UserId == other.Id).Role);
    }

    [Fact]
    public async Task The_people_page_shows_the_last_sign_in_and_the_audit_log_shows_only_this_association()
    {
        await _platform.AddPersonAsync(_suvs, Roles.Admin, "hemlig-CANARY-B@suvs.test");
        await _platform.SignInAsync("suvs.localhost", "hemlig-CANARY-B@suvs.test");

        var people = System.Net.WebUtility.HtmlDecode(await _admin.GetStringAsync("/admin/personer"));
        var log = System.Net.WebUtility.HtmlDecode(await _admin.GetStringAsync("/admin/logg"));

        Assert.Contains("2026-11-23 kl. 10.00", people, StringComparison.Ordinal); // 09:00 UTC is 10:00 in Sweden in November, written as Språkrådet recommends
        Assert.Contains("Inloggning", log, StringComparison.Ordinal);
        Assert.Contains("kansli@roslagen.test", log, StringComparison.Ordinal);
        Assert.DoesNotContain("CANARY-B", people + log, StringComparison.Ordinal);
    }
}
