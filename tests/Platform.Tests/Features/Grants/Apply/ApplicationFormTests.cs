using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Grants.Apply;
using Platform.Features.Grants.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Grants.Apply;

/// <summary>The public application form (/ansok): draft, link, continue, submit with a PDF receipt, and the bad input it refuses.</summary>
public sealed partial class ApplicationFormTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private static readonly Guid Sundsvall = new("5a000000-0000-4000-8000-000000000001");
    private static readonly Guid Region = new("5a000000-0000-4000-8000-000000000002");
    private static readonly Guid Salaries = GrantModel.SeededCostTypes[0].Id;
    private static readonly Guid Premises = GrantModel.SeededCostTypes[1].Id;

    private async Task<TenantInfo> AssociationAsync(string slug = "sundsvall")
    {
        var tenant = await _platform.ProvisionAsync(slug);
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Members.Add(new Member { Id = Sundsvall, Name = "Sundsvalls kommun", Kind = MemberKind.Municipality, MemberFrom = new DateOnly(2010, 1, 1) });
            db.Members.Add(new Member { Id = Region, Name = "Region Västernorrland", Kind = MemberKind.Region, MemberFrom = new DateOnly(2010, 1, 1) });
            await db.SaveChangesAsync();
        });
        return tenant;
    }

    /// <summary>A whole application, as the Sundsvall paper has it.</summary>
    private static List<(string Name, string Value)> Complete()
    {
        var fields = new List<(string, string)>
        {
            ("Form.ApplicantMemberId", Sundsvall.ToString()), ("Form.ApplicantOrganisation", "Sundsvalls kommun"), ("Form.ApplicantUnit", "Arbetsmarknadsenheten"),
            ("Form.ApplicantSignatory", "Förvaltningschefen"), ("Form.ApplicantOrganisationNumber", "2120002411"), ("Form.ApplicantStreet", "Norrmalmsgatan 4"),
            ("Form.ApplicantPostalCode", "85185"), ("Form.ApplicantCity", "Sundsvall"), ("Form.ContactName", "Kontaktperson Ett"), ("Form.ContactPhone", "060-19 10 00"),
            ("Form.ContactEmail", "kontakt@sundsvall.example"), ("Form.PaymentAccountKind", "Bankgiro"), ("Form.PaymentAccount", "5050-1055"),
            ("Form.Parties[0].MemberId", Region.ToString()), ("Form.Parties[0].Unit", "Psykiatrin"), ("Form.Parties[0].Signatory", "Hälso- och sjukvårdsdirektören"),
            ("Form.Parties[0].ContactName", "Kontaktperson Två"), ("Form.Parties[0].ContactPhone", "0611-800 00"), ("Form.Parties[0].ContactEmail", "kontakt@rvn.example"),
            ("Form.Parties[1].MemberId", ""),
            ("Form.Title", "Steget före"), ("Form.PeriodStart", "2024-06-01"), ("Form.PeriodEnd", "2025-12-31"), ("Form.Summary", "Stöd till unga vuxna på väg mot arbete."),
            ("Form.Goals[0].Text", "Fler går vidare till arbete"), ("Form.Goals[0].Indicator", "75 % går vidare till arbete eller studier"),
            ($"Form.Budget[{Salaries:N}_2024]", "225 000"), ($"Form.Budget[{Salaries:N}_2025]", "681000 kr"), ($"Form.Budget[{Premises:N}_2024]", "15 000"),
        };
        foreach (var section in GrantModel.SeededSections) fields.Add(($"Form.Sections[{section.Key}]", $"Vår text om {section.Title.ToLowerInvariant()}."));
        return fields;
    }

    private static (string, string)[] With(List<(string Name, string Value)> fields, params (string Name, string Value)[] changes)
    {
        var changed = fields.ToList();
        foreach (var change in changes)
        {
            changed.RemoveAll(f => f.Name == change.Name);
            changed.Add(change);
        }
        return [.. changed];
    }

    private Task<T> DbAsync<T>(TenantInfo tenant, Func<TenantDb, Task<T>> read) =>
        _platform.InTenantAsync(tenant, s => read(s.GetRequiredService<TenantDb>()));

    [GeneratedRegex("/ansok/([A-Za-z0-9_-]{43})")]
    private static partial Regex Link();

    private static string Text(string html) => WebUtility.HtmlDecode(html).Replace('\u00a0', ' ');

    [Fact]
    public async Task A_draft_is_saved_continued_from_the_emailed_link_and_submitted_with_a_PDF_receipt_and_a_frozen_version()
    {
        var tenant = await AssociationAsync();
        var client = _platform.ClientFor(PlatformFactory.HostOf(tenant));

        var page = Text(await client.GetStringAsync("/ansok"));
        Assert.Contains("minst två av förbundets medlemmar", page, StringComparison.Ordinal);
        Assert.Contains("Bakgrund till insatsen", page, StringComparison.Ordinal);

        using var saved = await client.PostFormAsync("/ansok", "/ansok?handler=Save",
            ("Form.ContactEmail", "kontakt@sundsvall.example"), ("Form.Title", "Steget före"), ($"Form.Budget[{Salaries:N}_2026]", "100 000"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/ansok?klart={ApplyTexts.DraftSent}", saved.Headers.Location?.OriginalString);
        Assert.Contains("Vi har skickat en länk", Text(await client.GetStringAsync(saved.Headers.Location!.OriginalString)), StringComparison.Ordinal);

        var draft = Assert.Single(await DbAsync(tenant, db => db.FundingApplications.AsNoTracking().ToListAsync()));
        Assert.Equal((ApplicationState.Draft, 1, "Steget före"), (draft.State, draft.Number, draft.Title));
        var mail = Assert.Single(await DbAsync(tenant, db => db.OutboxMessages.AsNoTracking().ToListAsync()));
        Assert.Equal("kontakt@sundsvall.example", mail.To);
        Assert.True(mail.CarriesSecret);
        var key = Link().Match(mail.TextBody).Groups[1].Value;
        Assert.Equal(SecretTokens.Hash(key), draft.AccessKeyHash);

        var continued = Text(await client.GetStringAsync($"/ansok/{key}"));
        Assert.Contains("value=\"Steget före\"", continued, StringComparison.Ordinal);
        Assert.Contains("value=\"100 000\"", continued, StringComparison.Ordinal);

        // The whole form, the period now 2024–2025: the 2026 cell is cleared by the applicant.
        using var submitted = await client.PostFormAsync($"/ansok/{key}", $"/ansok/{key}?handler=Submit", With(Complete(), ($"Form.Budget[{Salaries:N}_2026]", "")));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"/ansok?klart={ApplyTexts.Submitted}", submitted.Headers.Location?.OriginalString);

        var application = Assert.Single(await DbAsync(tenant, db => db.FundingApplications.AsNoTracking().ToListAsync()));
        Assert.Equal(ApplicationState.Submitted, application.State);
        Assert.Equal(PlatformFactory.Start.UtcDateTime, application.SubmittedAt);
        Assert.Null(application.AccessKeyHash);
        Assert.Equal(("212000-2411", "851 85", "5050-1055"), (application.ApplicantOrganisationNumber, application.ApplicantPostalCode, application.PaymentAccount));
        var version = Assert.Single(await DbAsync(tenant, db => db.ApplicationVersions.AsNoTracking().ToListAsync()));
        Assert.Equal(1, version.Number);
        Assert.Contains("Steget före", version.Content, StringComparison.Ordinal);
        Assert.NotNull(version.PdfStorageKey);
        var amounts = await DbAsync(tenant, db => db.BudgetAmounts.AsNoTracking().ToListAsync());
        Assert.Equal(921_000, amounts.Sum(a => a.Amount));
        Assert.Contains(await DbAsync(tenant, db => db.ApplicationEvents.AsNoTracking().ToListAsync()), e => e.Text == "Ansökan skickades in" && e.Actor == "Sökande");
        Assert.Single(await DbAsync(tenant, db => db.ApplicationParties.AsNoTracking().ToListAsync()));

        var receipt = Assert.Single(await DbAsync(tenant, db => db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).Where(m => m.CorrelationKey.StartsWith("grant-receipt:")).ToListAsync()));
        var pdf = Assert.Single(receipt.Attachments);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf.Content, 0, 4));
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf.Content))
        {
            var words = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Replace('\u00a0', ' ');
            Assert.Contains("Steget före", words, StringComparison.Ordinal);
            Assert.Contains("921 000", words, StringComparison.Ordinal);
        }

        using var after = await client.GetAsync($"/ansok/{key}");
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        // field, value, message, where the error shows
        { "Form.Parties[0].MemberId", Sundsvall.ToString(), "minst två av förbundets medlemmar", "Form_Parties_0__MemberId-error" },
        { "Form.ApplicantOrganisationNumber", "212000-2412", "Organisationsnumret stämmer inte", "Form_ApplicantOrganisationNumber-error" },
        { "Form.PaymentAccount", "5050-1056", "Bankgironumret stämmer inte", "Form_PaymentAccount-error" },
        { $"Form.Budget[{Salaries:N}_2024]", "tjugo tusen", "Ange ett belopp i kronor", $"Form_Budget_{Salaries:N}_2024_-error" },
        { $"Form.Budget[{Salaries:N}_2026]", "50 000", "Året ligger utanför ansökans period", $"Form_Budget_{Salaries:N}_2026_-error" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_Swedish_error_beside_its_field_keeps_what_was_typed_and_writes_nothing(string field, string value, string message, string errorId)
    {
        var tenant = await AssociationAsync();
        var client = _platform.ClientFor(PlatformFactory.HostOf(tenant));

        foreach (var handler in new[] { "Submit", "Save" })
        {
            if (handler == "Save" && field == "Form.Parties[0].MemberId") continue; // a draft may still lack its second member
            using var response = await client.PostFormAsync("/ansok", $"/ansok?handler={handler}", With(Complete(), (field, value)));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = Text(await response.Content.ReadAsStringAsync());
            Assert.Matches($"id=\"{Regex.Escape(errorId)}\">[^<]*{Regex.Escape(message)}", html);
            Assert.Contains($"value=\"{value}\"", html, StringComparison.Ordinal);
            Assert.Contains(">Vår text om syftet med insatsen.</textarea>", html, StringComparison.Ordinal);
            Assert.Contains("href=\"#" + errorId[..^"-error".Length] + "\"", html, StringComparison.Ordinal);
        }

        Assert.Empty(await DbAsync(tenant, db => db.FundingApplications.ToListAsync()));
        Assert.Empty(await DbAsync(tenant, db => db.OutboxMessages.ToListAsync()));
    }

    [Fact]
    public async Task An_attachment_whose_bytes_are_not_what_its_name_says_is_refused_beside_the_field_and_nothing_is_written()
    {
        var tenant = await AssociationAsync();
        var client = _platform.ClientFor(PlatformFactory.HostOf(tenant));
        var token = Forms.TokenOf(await client.GetStringAsync("/ansok"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in Complete()) form.Add(new StringContent(value), name);
        form.Add(new ByteArrayContent("det här är ingen pdf"u8.ToArray()), "Upload", "budget.pdf");

        using var response = await client.PostAsync("/ansok?handler=Save", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = Text(await response.Content.ReadAsStringAsync());
        Assert.Matches("id=\"Form_Upload-error\">[^<]+", html);
        Assert.Contains("value=\"Steget före\"", html, StringComparison.Ordinal);
        Assert.Empty(await DbAsync(tenant, db => db.FundingApplications.ToListAsync()));
        Assert.Empty(await DbAsync(tenant, db => db.ApplicationAttachments.ToListAsync()));
    }

    [Fact]
    public async Task A_post_without_an_email_writes_nothing()
    {
        var tenant = await AssociationAsync();
        var client = _platform.ClientFor(PlatformFactory.HostOf(tenant));

        using var response = await client.PostFormAsync("/ansok", "/ansok?handler=Save", With(Complete(), ("Form.ContactEmail", "")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ange e-postadress", Text(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await DbAsync(tenant, db => db.FundingApplications.ToListAsync()));
        Assert.Empty(await DbAsync(tenant, db => db.OutboxMessages.ToListAsync()));
    }

    [Fact]
    public async Task A_key_of_another_association_or_a_made_up_key_gives_404()
    {
        var a = await AssociationAsync("sundsvall");
        var b = await AssociationAsync("roslagen");
        var clientB = _platform.ClientFor(PlatformFactory.HostOf(b));
        using var saved = await clientB.PostFormAsync("/ansok", "/ansok?handler=Save", ("Form.ContactEmail", "b@roslagen.example"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var key = Link().Match(Assert.Single(await DbAsync(b, db => db.OutboxMessages.AsNoTracking().ToListAsync())).TextBody).Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await clientB.GetAsync($"/ansok/{key}")).StatusCode);

        var clientA = _platform.ClientFor(PlatformFactory.HostOf(a));
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.GetAsync($"/ansok/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.GetAsync($"/ansok/{SecretTokens.New()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.GetAsync("/ansok/inte-en-nyckel")).StatusCode);
    }

    [Fact]
    public async Task After_a_supplement_request_the_link_shows_the_message_and_submitting_makes_a_revised_version()
    {
        var tenant = await AssociationAsync();
        var client = _platform.ClientFor(PlatformFactory.HostOf(tenant));
        using var first = await client.PostFormAsync("/ansok", "/ansok?handler=Submit", [.. Complete()]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var key = SecretTokens.New();
        await _platform.InTenantAsync(tenant, async s =>
        {
            // What the office does (its own helper): a new link, the state, the request.
            var db = s.GetRequiredService<TenantDb>();
            var application = await db.FundingApplications.SingleAsync();
            application.AccessKeyHash = SecretTokens.Hash(key);
            application.State = ApplicationState.SupplementRequested;
            db.SupplementRequests.Add(new SupplementRequest { Id = Guid.NewGuid(), ApplicationId = application.Id, Message = "Beskriv målgruppen närmare.", RequestedAt = PlatformFactory.Start.UtcDateTime, RequestedBy = "kansliet@sundsvall.example" });
            await db.SaveChangesAsync();
        });

        var page = Text(await client.GetStringAsync($"/ansok/{key}"));
        Assert.Contains("Beskriv målgruppen närmare.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Steget före\"", page, StringComparison.Ordinal);

        using var revised = await client.PostFormAsync($"/ansok/{key}", $"/ansok/{key}?handler=Submit", With(Complete(), ("Form.Sections[targetGroup]", "Unga vuxna 18–29 år.")));
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);

        var versions = await DbAsync(tenant, db => db.ApplicationVersions.AsNoTracking().OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.DoesNotContain("Unga vuxna", versions[0].Content, StringComparison.Ordinal);
        Assert.Contains("Unga vuxna", versions[1].Content, StringComparison.Ordinal);
        var application = Assert.Single(await DbAsync(tenant, db => db.FundingApplications.AsNoTracking().ToListAsync()));
        Assert.Equal(ApplicationState.Submitted, application.State);
        Assert.NotNull(Assert.Single(await DbAsync(tenant, db => db.SupplementRequests.AsNoTracking().ToListAsync())).AnsweredAt);
        Assert.Contains(await DbAsync(tenant, db => db.ApplicationEvents.AsNoTracking().ToListAsync()), e => e.Text == "Reviderad ansökan skickades in");
        Assert.Equal(2, (await DbAsync(tenant, db => db.OutboxMessages.Where(m => m.CorrelationKey.StartsWith("grant-receipt:")).ToListAsync())).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/ansok/{key}")).StatusCode);
    }

    [Fact]
    public async Task Lagg_till_samverkanspart_shows_one_more_row_and_saves_nothing()
    {
        var tenant = await AssociationAsync();
        var client = _platform.ClientFor(PlatformFactory.HostOf(tenant));

        using var response = await client.PostFormAsync("/ansok", "/ansok?handler=AddParty", With(Complete(), ("Form.Parties[1].MemberId", Region.ToString())));

        var html = Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Samverkanspart 3", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Psykiatrin\"", html, StringComparison.Ordinal);
        Assert.Empty(await DbAsync(tenant, db => db.FundingApplications.ToListAsync()));
    }
}
