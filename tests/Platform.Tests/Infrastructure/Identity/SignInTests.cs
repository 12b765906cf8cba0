using System.Net;
using System.Text.RegularExpressions;
using Platform.Features.Account;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Identity;

public sealed class SignInTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _roslagen = null!;
    private TenantInfo _suvs = null!;

    public async Task InitializeAsync()
    {
        _roslagen = await _platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        _suvs = await _platform.ProvisionAsync("suvs", "Samordningsförbundet Sydöstra Uppland Västra Stockholm");
        await _platform.AddPersonAsync(_roslagen, Roles.Board, "anna@roslagen.test");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private Task<(HttpStatusCode Status, string Text)> SignInAsync(string host, string email, string password, string? address = null)
    {
        var client = _platform.ClientFor(host);
        if (address is not null) client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, address);
        return client.PostPageAsync("/konto/logga-in", "/konto/logga-in", ("Form.Email", email), ("Form.Password", password));
    }

    [Fact]
    public async Task A_member_signs_in_with_a_host_only_http_only_cookie_and_lands_on_the_page_they_asked_for()
    {
        var client = _platform.ClientFor("roslagen.localhost");
        using var response = await client.PostFormAsync("/konto/logga-in", "/konto/logga-in?ReturnUrl=%2Fadmin%2Flogg",
            ("Form.Email", "ANNA@roslagen.test"), ("Form.Password", PlatformFactory.Password), ("ReturnUrl", "/"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("samordning=", StringComparison.Ordinal));
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase); // host-only: never sent to another association
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var audit = await _platform.AuditAsync(_roslagen);
        Assert.Contains(audit, e => e.Event == AuditEvents.SignedIn && e.Actor == "anna@roslagen.test");
        Assert.Empty(await _platform.AuditAsync(_suvs));
    }

    [Fact]
    public async Task An_open_redirect_after_sign_in_is_refused()
    {
        var client = _platform.ClientFor("roslagen.localhost");
        using var response = await client.PostFormAsync("/konto/logga-in", "/konto/logga-in",
            ("Form.Email", "anna@roslagen.test"), ("Form.Password", PlatformFactory.Password), ("ReturnUrl", "https://evil.example/"));
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task In_production_the_cookie_is_secure_and_named_Host()
    {
        using var production = new PlatformFactory { Environment = "Production" };
        var tenant = await production.ProvisionAsync("roslagen");
        var user = await production.AddPersonAsync(tenant, Roles.Admin);
        var client = production.CreateClient(new() { BaseAddress = new Uri("https://roslagen.localhost/"), AllowAutoRedirect = false });

        using var response = await client.PostFormAsync("/konto/logga-in", "/konto/logga-in", ("Form.Email", user.Email!), ("Form.Password", PlatformFactory.Password));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-samordning=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Unknown_account_wrong_password_and_locked_account_get_the_same_answer()
    {
        var unknown = await SignInAsync("roslagen.localhost", "ingen@roslagen.test", PlatformFactory.Password);
        var wrong = await SignInAsync("roslagen.localhost", "anna@roslagen.test", "fel-lösenord-1");

        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Contains(SignInModel.Failed, unknown.Text, StringComparison.Ordinal);
        Assert.Contains(SignInModel.Failed, wrong.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ingen@roslagen.test finns", unknown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_even_for_the_right_password()
    {
        for (var i = 0; i < 5; i++) await SignInAsync("roslagen.localhost", "anna@roslagen.test", $"fel-lösenord-{i}");

        var locked = await SignInAsync("roslagen.localhost", "anna@roslagen.test", PlatformFactory.Password);
        Assert.Contains(SignInModel.Failed, locked.Text, StringComparison.Ordinal);

        _platform.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Contains(SignInModel.Failed, (await SignInAsync("roslagen.localhost", "anna@roslagen.test", PlatformFactory.Password)).Text, StringComparison.Ordinal);

        _platform.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync("roslagen.localhost", "anna@roslagen.test", PlatformFactory.Password)).Status);

        var audit = await _platform.AuditAsync(_roslagen);
        Assert.Contains(audit, e => e.Event == AuditEvents.SignInFailed && e.Detail!.Contains("spärras", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Event == AuditEvents.SignInFailed && e.Detail!.Contains("spärrat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_wrong_and_locked_accounts_each_verify_one_password_hash_so_none_answers_sooner()
    {
        // A locked account answered without hashing (5 ms against 100 ms): the time told whether an address has an account.
        var tally = new CountingPasswordHasher.Tally();
        using var platform = new PlatformFactory { TestServices = services => CountingPasswordHasher.Register(services, tally) };
        var roslagen = await platform.ProvisionAsync("roslagen");
        await platform.AddPersonAsync(roslagen, Roles.Board, "anna@roslagen.test");
        async Task<int> HashesOfSignInAsync(string email, string password)
        {
            tally.Reset();
            var (_, text) = await platform.ClientFor("roslagen.localhost").PostPageAsync("/konto/logga-in", "/konto/logga-in", ("Form.Email", email), ("Form.Password", password));
            Assert.Contains(SignInModel.Failed, text, StringComparison.Ordinal);
            return tally.Verifications;
        }

        Assert.Equal(1, await HashesOfSignInAsync("ingen@roslagen.test", "fel-lösenord"));
        for (var i = 0; i < 5; i++) Assert.Equal(1, await HashesOfSignInAsync("anna@roslagen.test", $"fel-lösenord-{i}"));
        Assert.Equal(1, await HashesOfSignInAsync("anna@roslagen.test", "fel-lösenord-igen"));
        Assert.Equal(1, await HashesOfSignInAsync("anna@roslagen.test", PlatformFactory.Password));
    }

    [Fact]
    public async Task Too_many_attempts_from_one_address_are_refused_with_429_while_other_addresses_go_on()
    {
        for (var i = 0; i < 30; i++)
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync("roslagen.localhost", $"okand{i}@roslagen.test", "fel-lösenord", "203.0.113.7")).Status);

        var refused = await SignInAsync("roslagen.localhost", "anna@roslagen.test", PlatformFactory.Password, "203.0.113.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("För många inloggningsförsök", refused.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync("roslagen.localhost", "anna@roslagen.test", PlatformFactory.Password, "203.0.113.8")).Status);

        _platform.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync("roslagen.localhost", "anna@roslagen.test", PlatformFactory.Password, "203.0.113.7")).Status);
    }

    [Fact]
    public async Task Too_many_attempts_on_one_account_from_many_addresses_are_refused_too()
    {
        for (var i = 0; i < 10; i++)
            await SignInAsync("roslagen.localhost", "okand@roslagen.test", "fel-lösenord", $"198.51.100.{i + 1}");

        var refused = await SignInAsync("roslagen.localhost", "okand@roslagen.test", "fel-lösenord", "198.51.100.200");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
    }

    [Fact]
    public async Task A_person_without_a_membership_here_is_refused_with_this_associations_name_only()
    {
        var refused = await SignInAsync("suvs.localhost", "anna@roslagen.test", PlatformFactory.Password);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Ditt konto har ingen behörighet i Samordningsförbundet Sydöstra Uppland Västra Stockholm", refused.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Roslagen", refused.Text, StringComparison.Ordinal);
        Assert.Contains(await _platform.AuditAsync(_suvs), e => e.Event == AuditEvents.SignInRefused);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await _platform.SignInAsync("roslagen.localhost", "anna@roslagen.test");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/konto/byt-losenord")).StatusCode);

        using var signOut = await client.PostFormAsync("/", "/konto/logga-ut");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var after = await client.GetAsync("/konto/byt-losenord");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/konto/logga-in", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(await _platform.AuditAsync(_roslagen), e => e.Event == AuditEvents.SignedOut);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var laptop = await _platform.SignInAsync("roslagen.localhost", "anna@roslagen.test");
        var phone = await _platform.SignInAsync("roslagen.localhost", "anna@roslagen.test");

        var wrong = await laptop.PostPageAsync("/konto/byt-losenord", "/konto/byt-losenord",
            ("Current", "inte-mitt-lösenord"), ("Form.Password", "en ny lång fras"), ("Form.Confirm", "en ny lång fras"));
        Assert.Contains("Lösenordet stämmer inte.", wrong.Text, StringComparison.Ordinal);
        var tooShort = await laptop.PostPageAsync("/konto/byt-losenord", "/konto/byt-losenord",
            ("Current", PlatformFactory.Password), ("Form.Password", "kort"), ("Form.Confirm", "kort"));
        Assert.Contains("Lösenordet måste ha minst 10 tecken.", tooShort.Text, StringComparison.Ordinal);

        var done = await laptop.PostPageAsync("/konto/byt-losenord", "/konto/byt-losenord",
            ("Current", PlatformFactory.Password), ("Form.Password", "en ny lång fras"), ("Form.Confirm", "en ny lång fras"));
        Assert.Contains("Ditt lösenord är bytt.", done.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/konto/byt-losenord")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/konto/byt-losenord")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync("roslagen.localhost", "anna@roslagen.test", "en ny lång fras")).Status);
    }

    [Fact]
    public async Task A_reset_link_works_once_and_only_on_the_association_that_sent_it()
    {
        await _platform.AddPersonAsync(_suvs, Roles.Auditor, "anna@roslagen.test"); // Anna serves both associations
        var asked = await _platform.ClientFor("roslagen.localhost").PostPageAsync("/konto/glomt-losenord", "/konto/glomt-losenord", ("Email", "anna@roslagen.test"));
        var unknown = await _platform.ClientFor("roslagen.localhost").PostPageAsync("/konto/glomt-losenord", "/konto/glomt-losenord", ("Email", "ingen@roslagen.test"));
        Assert.Contains("Om adressen har ett konto i förbundet har vi skickat en länk dit.", asked.Text, StringComparison.Ordinal);
        Assert.Contains("Om adressen har ett konto i förbundet har vi skickat en länk dit.", unknown.Text, StringComparison.Ordinal);
        var message = Assert.Single(await _platform.OutboxAsync(_roslagen));
        Assert.True(message.CarriesSecret);
        var link = await _platform.LinkInOutboxAsync(_roslagen, "Återställ");
        Assert.Equal("roslagen.localhost", link.Host);

        // The same link on SUVS's host (where Anna is also a member) does nothing.
        var elsewhere = await _platform.ClientFor("suvs.localhost").PostPageAsync(link.PathAndQuery, link.PathAndQuery,
            ("Form.Password", "ett nytt lösenord"), ("Form.Confirm", "ett nytt lösenord"));
        Assert.Contains("Länken är ogiltig eller har redan använts.", elsewhere.Text, StringComparison.Ordinal);

        var reset = await _platform.ClientFor("roslagen.localhost").PostPageAsync(link.PathAndQuery, link.PathAndQuery,
            ("Form.Password", "ett nytt lösenord"), ("Form.Confirm", "ett nytt lösenord"));
        Assert.Contains("Ditt lösenord är bytt.", reset.Text, StringComparison.Ordinal);
        var again = await _platform.ClientFor("roslagen.localhost").PostPageAsync(link.PathAndQuery, link.PathAndQuery,
            ("Form.Password", "ett tredje lösenord"), ("Form.Confirm", "ett tredje lösenord"));
        Assert.Contains("Länken är ogiltig eller har redan använts.", again.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync("roslagen.localhost", "anna@roslagen.test", "ett nytt lösenord")).Status);
        Assert.Empty(await _platform.OutboxAsync(_suvs));
    }

    [Fact]
    public async Task The_outbox_page_does_not_show_a_reset_link_to_the_admins()
    {
        var admin = await _platform.SignedInAsync(_roslagen, Roles.Admin);
        await _platform.ClientFor("roslagen.localhost").PostPageAsync("/konto/glomt-losenord", "/konto/glomt-losenord", ("Email", "anna@roslagen.test"));
        var message = Assert.Single(await _platform.OutboxAsync(_roslagen));

        var page = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/utkorg/{message.Id}"));

        Assert.Contains("Innehållet visas inte", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/konto/aterstall-losenord", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_sign_in_with_an_unknown_address_records_no_typed_text()
    {
        // Anyone can type anything that has an @ (a password typed into the wrong field, say): it must not end up in the audit log (issue 20, 13).
        var client = _platform.ClientFor("roslagen.localhost");
        using var response = await client.PostFormAsync("/konto/logga-in", "/konto/logga-in", ("Form.Email", "Hemligt-Lösen@2026"), ("Form.Password", "vad som helst"));

        var failed = Assert.Single(await _platform.AuditAsync(_roslagen), e => e.Event == AuditEvents.SignInFailed);
        Assert.DoesNotContain("Hemligt", $"{failed.Actor} {failed.Subject} {failed.Detail}", StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Okänt konto", failed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_password_is_not_refused_however_often_the_account_signs_in()
    {
        // The account limit counted every attempt: ten sign-ins in 15 minutes, right ones included, gave the owner 429.
        for (var i = 0; i < 12; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync("roslagen.localhost", "anna@roslagen.test", PlatformFactory.Password, $"198.51.100.{i + 1}")).Status);

        // Failures still count: five lock the account, as before.
        for (var i = 0; i < 5; i++) await SignInAsync("roslagen.localhost", "anna@roslagen.test", $"fel-lösenord-{i}", "198.51.100.50");
        Assert.Contains(SignInModel.Failed, (await SignInAsync("roslagen.localhost", "anna@roslagen.test", PlatformFactory.Password, "198.51.100.51")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_current_passwords_on_Byt_losenord_lock_the_account_as_wrong_sign_ins_do()
    {
        // A signed-in session (or whoever holds it) could guess the current password without limit.
        var laptop = await _platform.SignInAsync("roslagen.localhost", "anna@roslagen.test");
        for (var i = 0; i < 5; i++)
        {
            var wrong = await laptop.PostPageAsync("/konto/byt-losenord", "/konto/byt-losenord",
                ("Current", $"gissning-{i}"), ("Form.Password", "en ny lång fras"), ("Form.Confirm", "en ny lång fras"));
            Assert.Contains(i < 4 ? "Lösenordet stämmer inte." : "Kontot är spärrat", wrong.Text, StringComparison.Ordinal);
        }

        var right = await laptop.PostPageAsync("/konto/byt-losenord", "/konto/byt-losenord",
            ("Current", PlatformFactory.Password), ("Form.Password", "en ny lång fras"), ("Form.Confirm", "en ny lång fras"));
        Assert.DoesNotContain("Ditt lösenord är bytt.", right.Text, StringComparison.Ordinal);
        Assert.Contains("spärrat", right.Text, StringComparison.Ordinal);
        Assert.Contains(SignInModel.Failed, (await SignInAsync("roslagen.localhost", "anna@roslagen.test", PlatformFactory.Password)).Text, StringComparison.Ordinal);
        Assert.Contains(await _platform.AuditAsync(_roslagen), e => e.Event == AuditEvents.SignInFailed && e.Detail!.Contains("spärras", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Byt_losenord_is_under_the_sign_in_limit_of_the_address()
    {
        var laptop = await _platform.SignInAsync("roslagen.localhost", "anna@roslagen.test");
        laptop.DefaultRequestHeaders.Add(TestRemoteAddress.Header, "203.0.113.7");
        for (var i = 0; i < 30; i++) await SignInAsync("roslagen.localhost", $"okand{i}@roslagen.test", "fel-lösenord", "203.0.113.7");

        var refused = await laptop.PostPageAsync("/konto/byt-losenord", "/konto/byt-losenord",
            ("Current", PlatformFactory.Password), ("Form.Password", "en ny lång fras"), ("Form.Confirm", "en ny lång fras"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("För många försök", refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_link_works_for_the_two_hours_the_email_promises_and_not_longer()
    {
        // Identity's default lifespan is 24 hours.
        var client = _platform.ClientFor("roslagen.localhost");
        await client.PostPageAsync("/konto/glomt-losenord", "/konto/glomt-losenord", ("Email", "anna@roslagen.test"));
        var first = await _platform.LinkInOutboxAsync(_roslagen, "Återställ");
        _platform.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));
        var inTime = await client.PostPageAsync(first.PathAndQuery, first.PathAndQuery, ("Form.Password", "ett nytt lösenord"), ("Form.Confirm", "ett nytt lösenord"));
        Assert.Contains("Ditt lösenord är bytt.", inTime.Text, StringComparison.Ordinal);

        await client.PostPageAsync("/konto/glomt-losenord", "/konto/glomt-losenord", ("Email", "anna@roslagen.test"));
        var second = await _platform.LinkInOutboxAsync(_roslagen, "Återställ");
        Assert.NotEqual(first, second);
        _platform.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var late = await client.PostPageAsync(second.PathAndQuery, second.PathAndQuery, ("Form.Password", "ett tredje lösenord"), ("Form.Confirm", "ett tredje lösenord"));
        Assert.DoesNotContain("Ditt lösenord är bytt.", late.Text, StringComparison.Ordinal);
        Assert.Contains("En länk gäller i två timmar", late.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync("roslagen.localhost", "anna@roslagen.test", "ett nytt lösenord")).Status);
    }

    [Fact]
    public async Task A_copied_session_cookie_stops_working_when_its_session_signs_out()
    {
        // The cookie carried the whole session: "Logga ut" only deleted it from the browser, and a copy went on working.
        var cookie = await _platform.SessionCookieAsync("roslagen.localhost", "anna@roslagen.test");
        var copy = _platform.RawClient("roslagen.localhost");
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/konto/byt-losenord")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/members")).StatusCode);

        var browser = _platform.RawClient("roslagen.localhost");
        using var page = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/konto/logga-ut") { Headers = { { "Cookie", cookie } } });
        var antiforgery = IdentityTestKit.CookieFrom(page, "samordning-af");
        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/konto/logga-ut")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", Forms.TokenOf(await page.Content.ReadAsStringAsync()))]),
            Headers = { { "Cookie", $"{cookie}; {antiforgery}" } },
        };
        using (var signedOut = await browser.SendAsync(signOut)) Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        using var after = await copy.GetAsync("/konto/byt-losenord");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/konto/logga-in", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/members")).StatusCode);
    }

    [Fact]
    public async Task A_common_password_is_refused_beside_the_field()
    {
        // "Password12" met the length rule.
        var laptop = await _platform.SignInAsync("roslagen.localhost", "anna@roslagen.test");

        var common = await laptop.PostPageAsync("/konto/byt-losenord", "/konto/byt-losenord",
            ("Current", PlatformFactory.Password), ("Form.Password", "Password12"), ("Form.Confirm", "Password12"));

        Assert.DoesNotContain("Ditt lösenord är bytt.", common.Text, StringComparison.Ordinal);
        Assert.Matches(new Regex("data-valmsg-for=\"Form.Password\"[^>]*>Lösenordet är för vanligt"), common.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync("roslagen.localhost", "anna@roslagen.test", PlatformFactory.Password)).Status);
    }
}
