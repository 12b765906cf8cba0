using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Board.Bodies;

/// <summary>
/// A body's standard agenda: every new body gets the standard items, the office adds, changes,
/// moves and removes them on the body's page (removing after a confirmation) and through the API,
/// the next meeting begins with the result, and another association's template is not found.
/// </summary>
public sealed class AgendaTemplateTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _tenant = null!;
    private HttpClient _admin = null!;
    private string _body = null!;
    private const string AdminEmail = "kansli@insjoriket.test";

    public async Task InitializeAsync()
    {
        _tenant = await _platform.ProvisionAsync("insjoriket", "Samordningsförbundet Insjöriket");
        await _platform.AddPersonAsync(_tenant, Roles.Admin, AdminEmail);
        _admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        _body = (await _admin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private string Page => $"/organ/{_body}/dagordning";

    private async Task<List<(string Id, string Title)>> TemplateAsync() =>
        (await _admin.GetFromJsonAsync<JsonElement>($"/api/bodies/{_body}/agenda-template")).EnumerateArray().Select(i => (i.Id(), i.Str("title"))).ToList();

    [Fact]
    public async Task A_new_body_has_the_standard_items_from_opening_to_closing()
    {
        var template = await TemplateAsync();

        Assert.Equal(8, template.Count);
        Assert.Equal("Sammanträdet öppnas", template[0].Title);
        Assert.Equal("Val av justerare", template[1].Title);
        Assert.Equal("Fastställande av dagordning", template[2].Title);
        Assert.Equal("Övriga frågor", template[5].Title);
        Assert.Equal("Sammanträdet avslutas", template[^1].Title);
        Assert.Contains($"href=\"/organ/{_body}/dagordning\"", await _admin.GetStringAsync("/organ"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_body_page_adds_an_item_before_the_closing_items_and_the_next_meeting_has_it()
    {
        var page = WebUtility.HtmlDecode(await _admin.GetStringAsync(Page));
        Assert.Contains("<option value=\"5\" selected=\"selected\">Före 5. Informationspunkt förbundschef</option>", page, StringComparison.Ordinal);

        using var added = await _admin.PostFormAsync(Page, $"{Page}?handler=Add",
            ("NewItem.Title", "Ekonomisk uppföljning"), ("NewItem.ProposedDecision", "Att lägga uppföljningen till handlingarna."), ("NewItem.Position", "5"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.StartsWith($"{Page}?klart=mall-punkt#punkt-", added.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Ekonomisk uppföljning", (await TemplateAsync())[4].Title);
        var meeting = (await _admin.PostOkAsync("/api/meetings", new { bodyId = _body, date = "2026-12-10", startTime = "13:00", endTime = "16:00", place = "Kansliet" })).Id();
        var agenda = (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("agenda");
        Assert.Equal("Ekonomisk uppföljning", agenda[4].Str("title"));
        Assert.Equal("Att lägga uppföljningen till handlingarna.", agenda[4].Str("proposedDecision"));
    }

    [Fact]
    public async Task The_body_page_renames_moves_and_after_a_confirmation_removes_an_item()
    {
        var template = await TemplateAsync();

        using var renamed = await _admin.PostFormAsync($"{Page}?andra={template[3].Id}", $"{Page}?handler=Edit", ("itemId", template[3].Id), ("EditItem.Title", "Protokoll från föregående sammanträde"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal($"{Page}?klart=mall-punkt-andrad#punkt-{template[3].Id}", renamed.Headers.Location!.OriginalString);

        using var moved = await _admin.PostFormAsync(Page, $"{Page}?handler=Move", ("itemId", template[2].Id), ("direction", "up"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var confirm = WebUtility.HtmlDecode(await _admin.GetStringAsync($"{Page}?taBort={template[6].Id}"));
        Assert.Contains("Vill du ta bort punkten Nästa sammanträde ur standarddagordningen?", confirm, StringComparison.Ordinal);
        Assert.Equal(8, (await TemplateAsync()).Count);
        using var removed = await _admin.PostFormAsync($"{Page}?taBort={template[6].Id}", $"{Page}?handler=Remove", ("itemId", template[6].Id));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        Assert.Equal(
            ["Sammanträdet öppnas", "Fastställande av dagordning", "Val av justerare", "Protokoll från föregående sammanträde", "Informationspunkt förbundschef", "Övriga frågor", "Sammanträdet avslutas"],
            (await TemplateAsync()).Select(i => i.Title));
        var log = (await _platform.AuditAsync(_tenant)).Where(e => e.Event == AuditEvents.AgendaChanged).ToList();
        Assert.Equal(3, log.Count);
        Assert.All(log, e => Assert.Equal("Styrelsen: standarddagordning", e.Subject));
    }

    [Fact]
    public async Task An_item_without_a_title_is_refused_beside_the_field()
    {
        var (status, text) = await _admin.PostPageAsync(Page, $"{Page}?handler=Add", ("NewItem.Title", ""), ("NewItem.Description", "Kvar efter felet"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Ange ärendets rubrik.", text, StringComparison.Ordinal);
        Assert.Contains("Kvar efter felet</textarea>", text, StringComparison.Ordinal);
        Assert.Equal(8, (await TemplateAsync()).Count);
    }

    [Fact]
    public async Task The_API_changes_moves_and_removes_template_items_and_an_emptied_template_gets_the_standard_items_back()
    {
        var template = await TemplateAsync();
        var (created, item) = await _admin.SendAsync(HttpMethod.Post, $"/api/bodies/{_body}/agenda-template", new { title = "Budgetuppföljning", position = 1 });
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("Budgetuppföljning", (await TemplateAsync())[0].Title);

        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Put, $"/api/agenda-template-items/{item.Id()}", new { title = "Budget" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Post, $"/api/agenda-template-items/{item.Id()}/move", new { position = 9 })).Status);
        Assert.Equal("Budget", (await TemplateAsync())[^1].Title);
        Assert.Equal(HttpStatusCode.BadRequest, (await _admin.SendAsync(HttpMethod.Post, $"/api/agenda-template-items/{item.Id()}/move", new { })).Status);

        // The standard items come back only into an empty template.
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Post, $"/api/bodies/{_body}/agenda-template/standard")).Status);
        foreach (var (id, _) in await TemplateAsync())
            Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Delete, $"/api/agenda-template-items/{id}")).Status);
        Assert.Contains("Lägg in standardpunkterna", await _admin.GetStringAsync(Page), StringComparison.Ordinal);
        var meeting = (await _admin.PostOkAsync("/api/meetings", new { bodyId = _body, date = "2026-12-10", startTime = "13:00", endTime = "16:00", place = "Kansliet" })).Id();
        Assert.Equal(0, (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("agenda").GetArrayLength());
        using var restored = await _admin.PostFormAsync(Page, $"{Page}?handler=Standard");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(template.Select(t => t.Title), (await TemplateAsync()).Select(t => t.Title));
    }

    [Fact]
    public async Task Another_association_s_template_is_not_found_and_a_board_member_may_only_read()
    {
        var beta = await _platform.ProvisionAsync("beta", "Samordningsförbundet Beta");
        await _platform.AddPersonAsync(beta, Roles.Admin, "kansli@beta.test");
        var betaAdmin = await _platform.ApiClientAsync(beta, "kansli@beta.test");
        var betaBody = (await betaAdmin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
        var betaItem = (await betaAdmin.GetFromJsonAsync<JsonElement>($"/api/bodies/{betaBody}/agenda-template"))[0].Id();

        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Get, $"/api/bodies/{betaBody}/agenda-template")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Put, $"/api/agenda-template-items/{betaItem}", new { title = "Ändrad" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Post, $"/api/agenda-template-items/{betaItem}/move", new { direction = "down" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Delete, $"/api/agenda-template-items/{betaItem}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"/organ/{betaBody}/dagordning")).StatusCode);
        using var wrongBody = await _admin.PostFormAsync(Page, $"{Page}?handler=Remove", ("itemId", betaItem));
        Assert.Equal(HttpStatusCode.NotFound, wrongBody.StatusCode);
        Assert.Equal(8, (await betaAdmin.GetFromJsonAsync<JsonElement>($"/api/bodies/{betaBody}/agenda-template")).GetArrayLength());

        var member = await _platform.SignedInAsync(_tenant, Roles.Board);
        var page = await member.GetStringAsync(Page);
        Assert.Contains("Sammanträdet öppnas", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lägg till punkten", page, StringComparison.Ordinal);
        using var refused = await member.PostFormAsync(Page, $"{Page}?handler=Add", ("NewItem.Title", "Från en ledamot"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode); // to "no access"
        Assert.Contains("/konto/ingen-behorighet", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
