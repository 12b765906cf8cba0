using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Web;

/// <summary>
/// Issue 19's guard rails for every form: a double click does the work once (a one-time form token),
/// and a refused form ties each error to its field for a screen reader, with a summary that links to them.
/// </summary>
public sealed partial class FormGuardTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    [GeneratedRegex("name=\"__FormOnce\" value=\"([0-9a-f]+)\"")]
    private static partial Regex OnceToken();

    private static (string Place, string Value)[] Meeting(string bodyId, string html, string place) =>
    [
        ("__RequestVerificationToken", Forms.TokenOf(html)), ("__FormOnce", OnceToken().Match(html).Groups[1].Value),
        ("New.BodyId", bodyId), ("New.Kind", "Ordinary"), ("New.Date", "2026-12-10"), ("New.StartTime", "13:00"), ("New.EndTime", "15:00"), ("New.Place", place),
    ];

    private static FormUrlEncodedContent Form((string Name, string Value)[] fields) => new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private async Task<int> MeetingsAsync(Platform.Infrastructure.Tenancy.TenantInfo tenant) =>
        await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Meetings.CountAsync());

    [Fact]
    public async Task A_double_click_plans_one_meeting_and_both_clicks_get_the_same_answer()
    {
        var tenant = await _platform.ProvisionAsync("roslagen");
        var admin = await _platform.ApiClientAsync(tenant, (await _platform.AddPersonAsync(tenant, Roles.Admin)).Email!);
        var bodyId = (await admin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
        var html = await admin.GetStringAsync("/moten");
        var fields = Meeting(bodyId, html, "Kommunhuset");
        Assert.NotEqual("", fields[1].Value); // the page's form carries its one-time token

        var clicks = await Task.WhenAll(admin.PostAsync("/moten", Form(fields)), admin.PostAsync("/moten", Form(fields)));

        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));
        Assert.Equal(clicks[0].Headers.Location, clicks[1].Headers.Location);
        Assert.Equal(1, await MeetingsAsync(tenant));

        // The same page's form sent again later (the back button, a re-send): still one meeting.
        using var again = await admin.PostAsync("/moten", Form(fields));
        Assert.Equal(clicks[0].Headers.Location, again.Headers.Location);
        Assert.Equal(1, await MeetingsAsync(tenant));

        // A new page view is a new form: a second meeting is planned.
        using var second = await admin.PostAsync("/moten", Form(Meeting(bodyId, await admin.GetStringAsync("/moten"), "Kommunhuset")));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(2, await MeetingsAsync(tenant));
    }

    [Fact]
    public async Task A_refused_form_can_be_corrected_and_sent_again_and_its_errors_are_tied_to_their_fields()
    {
        var tenant = await _platform.ProvisionAsync("roslagen");
        var admin = await _platform.ApiClientAsync(tenant, (await _platform.AddPersonAsync(tenant, Roles.Admin)).Email!);
        var bodyId = (await admin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
        var html = await admin.GetStringAsync("/moten");

        var without = Meeting(bodyId, html, "");
        using var refused = await admin.PostAsync("/moten", Form(without));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        // The field says it is wrong and which message describes it; the summary links to it and takes focus.
        Assert.Matches("<input(?=[^>]*id=\"New_Place\")(?=[^>]*aria-invalid=\"true\")(?=[^>]*aria-describedby=\"plats-hint New_Place-error\")", page);
        Assert.Contains("id=\"New_Place-error\"", page, StringComparison.Ordinal);
        Assert.Matches("<div class=\"error-summary\"[^>]*tabindex=\"-1\"[^>]*autofocus", page);
        Assert.Contains("<a href=\"#New_Place\">", page, StringComparison.Ordinal);
        Assert.Equal(0, await MeetingsAsync(tenant));

        // Corrected, the same form (the same token) is accepted: a refusal does not use it up.
        var corrected = without.Select(f => f.Place == "New.Place" ? (f.Place, "Kommunhuset") : f).ToArray();
        using var saved = await admin.PostAsync("/moten", Form(corrected));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await MeetingsAsync(tenant));
    }
}
