using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Model;
using Platform.Features.Fees.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Home;

/// <summary>
/// The start page after sign-in, one per role, on the pinned clock (Monday 2026-11-23 10.00 Swedish
/// time): the kansli's to-do list with the board's limits, an overdue invoice and a failed email,
/// urgent first; a board member's minutes to approve (theirs only) and next meetings of their own
/// bodies with papers; an auditor's reading list without a single way to change anything.
/// </summary>
public sealed class StartPageTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _tenant = null!;
    private const string AnnaEmail = "anna.ledamot@roslagen.test";
    private const string BoEmail = "bo.beredning@roslagen.test";

    private static readonly Guid Board = Guid.NewGuid(), Preparatory = Guid.NewGuid();
    /// <summary>Styrelsen 2026-11-17: in adjustment, waiting for Anna (and Bo, who approved).</summary>
    private static readonly Guid AnnasMinutes = Guid.NewGuid();
    /// <summary>Beredningsgruppen 2026-11-16: in adjustment, waiting for Bo only.</summary>
    private static readonly Guid BosMinutes = Guid.NewGuid();
    /// <summary>Beredningsgruppen 2026-11-10: a draft whose 14 days end tomorrow.</summary>
    private static readonly Guid DraftNearLimit = Guid.NewGuid();
    /// <summary>Styrelsen 2026-11-06: adjusted Friday 2026-11-20, to be posted by today.</summary>
    private static readonly Guid AdjustedNotPosted = Guid.NewGuid();
    /// <summary>Styrelsen 2026-12-01 13.00: its notice goes out tomorrow at 07.00.</summary>
    private static readonly Guid NextBoardMeeting = Guid.NewGuid();
    /// <summary>Beredningsgruppen 2026-12-03: not Anna's.</summary>
    private static readonly Guid NextPreparatoryMeeting = Guid.NewGuid();
    private static readonly Guid Paper = Guid.NewGuid(), OverdueInvoice = Guid.NewGuid(), PaidInvoice = Guid.NewGuid(), DeadEmail = Guid.NewGuid();

    public async Task InitializeAsync()
    {
        _tenant = await _platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        var now = _platform.Clock.GetUtcNow().UtcDateTime;
        await _platform.InTenantAsync(_tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Bodies.AddRange(new Body { Id = Board, Kind = BodyKind.Board, Name = "Styrelsen" }, new Body { Id = Preparatory, Kind = BodyKind.PreparatoryGroup, Name = "Beredningsgruppen" });
            Guid anna = Guid.NewGuid(), bo = Guid.NewGuid();
            db.Contacts.AddRange(new Contact { Id = anna, Name = "Anna Ledamot", Email = AnnaEmail }, new Contact { Id = bo, Name = "Bo Beredning", Email = BoEmail });
            db.Seats.AddRange(
                new Seat { Id = Guid.NewGuid(), BodyId = Board, ContactId = anna, Kind = SeatKind.Member, From = new DateOnly(2023, 1, 1) },
                new Seat { Id = Guid.NewGuid(), BodyId = Preparatory, ContactId = bo, Kind = SeatKind.Member, From = new DateOnly(2023, 1, 1) });

            Meeting(db, AnnasMinutes, Board, new DateOnly(2026, 11, 17), MeetingStatus.Held);
            db.Minutes.Add(new Minutes { MeetingId = AnnasMinutes, Status = MinutesStatus.InAdjustment, SentForAdjustmentAt = now.AddDays(-3) });
            db.Adjusters.AddRange(
                new Adjuster { Id = Guid.NewGuid(), MeetingId = AnnasMinutes, Order = 1, Name = "Anna Ledamot", Email = AnnaEmail },
                new Adjuster { Id = Guid.NewGuid(), MeetingId = AnnasMinutes, Order = 2, Name = "Bo Beredning", Email = BoEmail, ApprovedAt = now.AddDays(-1) });

            Meeting(db, BosMinutes, Preparatory, new DateOnly(2026, 11, 16), MeetingStatus.Held);
            db.Minutes.Add(new Minutes { MeetingId = BosMinutes, Status = MinutesStatus.InAdjustment, SentForAdjustmentAt = now.AddDays(-4) });
            db.Adjusters.Add(new Adjuster { Id = Guid.NewGuid(), MeetingId = BosMinutes, Order = 1, Name = "Bo Beredning", Email = BoEmail });

            Meeting(db, DraftNearLimit, Preparatory, new DateOnly(2026, 11, 10), MeetingStatus.Held);
            db.Minutes.Add(new Minutes { MeetingId = DraftNearLimit, Status = MinutesStatus.Draft });

            Meeting(db, AdjustedNotPosted, Board, new DateOnly(2026, 11, 6), MeetingStatus.Held);
            db.Minutes.Add(new Minutes { MeetingId = AdjustedNotPosted, Status = MinutesStatus.Adjusted, AdjustedOn = new DateOnly(2026, 11, 20), AdjustedAt = now.AddDays(-3) });

            Meeting(db, NextBoardMeeting, Board, new DateOnly(2026, 12, 1), MeetingStatus.Planned, place: "Täby kommunhus, rum 3");
            db.Papers.Add(new Paper { Id = Paper, MeetingId = NextBoardMeeting, FileName = "Budget 2027.pdf", ContentType = "application/pdf", Length = 120_000, UploadedAt = now.AddDays(-1) });
            Meeting(db, NextPreparatoryMeeting, Preparatory, new DateOnly(2026, 12, 3), MeetingStatus.Planned);

            db.Invoices.AddRange(Invoice(OverdueInvoice, 1041, "Täby kommun", new DateOnly(2026, 10, 31)), Invoice(PaidInvoice, 1042, "Vaxholms stad", new DateOnly(2026, 10, 31)));
            db.Payments.Add(new Payment { Id = Guid.NewGuid(), InvoiceId = PaidInvoice, Amount = 100_000_00, PaidOn = new DateOnly(2026, 10, 30), RegisteredAt = now, RegisteredBy = "test" });

            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = DeadEmail,
                CorrelationKey = "test:dead",
                To = "Anna Ledamot <anna@fel.example>",
                Subject = "Kallelse: Styrelsen 2026-11-17 kl. 13.00",
                TextBody = "Kallelse",
                HtmlBody = "<p>Kallelse</p>",
                Status = OutboxStatus.Dead,
                Attempts = 5,
                LastError = "550 No such user",
                CreatedAt = now.AddDays(-7),
                NextAttemptAt = now.AddDays(-6),
            });
            await db.SaveChangesAsync();
        });
        await _platform.AddPersonAsync(_tenant, Roles.Admin, "kansli@roslagen.test");
        await _platform.AddPersonAsync(_tenant, Roles.Board, AnnaEmail);
        await _platform.AddPersonAsync(_tenant, Roles.Board, BoEmail);
        await _platform.AddPersonAsync(_tenant, Roles.Board, "utan.plats@roslagen.test");
        await _platform.AddPersonAsync(_tenant, Roles.Auditor, "revisor@roslagen.test");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private static void Meeting(TenantDb db, Guid id, Guid body, DateOnly day, MeetingStatus status, string? place = null) => db.Meetings.Add(new Meeting
    {
        Id = id,
        BodyId = body,
        Kind = MeetingKind.Ordinary,
        StartsAt = SwedishTime.ToUtc(day, new TimeOnly(13, 0)),
        EndsAt = SwedishTime.ToUtc(day, new TimeOnly(15, 0)),
        Place = place,
        Status = status,
    });

    private static Invoice Invoice(Guid id, int number, string buyer, DateOnly due) => new()
    {
        Id = id,
        Number = number,
        Kind = InvoiceKind.Invoice,
        Key = $"test:{number}",
        MemberId = Guid.NewGuid(),
        Year = 2026,
        Period = "2026-Q4",
        PeriodStart = new DateOnly(2026, 10, 1),
        PeriodEnd = new DateOnly(2026, 12, 31),
        Text = "Medlemsavgift 2026, kvartal 4",
        InvoiceDate = due.AddDays(-30),
        DueDate = due,
        Net = 100_000_00,
        Ocr = $"{number}",
        BuyerName = buyer,
        SellerName = "Samordningsförbundet Roslagen",
        SellerOrganisationNumber = "222000-0000",
        SellerStreet = "Box 1",
        SellerPostalCode = "183 00",
        SellerCity = "Täby",
        Bankgiro = "123-4567",
        CreatedBy = "test",
    };

    private async Task<string> StartPageAsync(string email)
    {
        var client = await _platform.SignInAsync(PlatformFactory.HostOf(_tenant), email);
        using var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The page's main content, without the site's header and footer.</summary>
    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    private static int At(string text, string part)
    {
        var index = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(index >= 0, $"\"{part}\" is not on the page");
        return index;
    }

    [Fact]
    public async Task The_office_sees_what_needs_doing_with_the_legal_limits_first_and_each_item_linked_to_where_it_is_done()
    {
        var page = MainOf(await StartPageAsync("kansli@roslagen.test"));

        var todo = page[At(page, "<h2 id=\"att-gora\">Att göra</h2>")..At(page, "id=\"sammantraden\"")];
        // Adjusted Friday 2026-11-20: posted by the second day after, a Sunday, so by Monday: today.
        Assert.Contains($"<a href=\"/moten/{AdjustedNotPosted}#justering\">Anslå justeringen: Styrelsen 2026-11-06</a>", todo, StringComparison.Ordinal);
        Assert.Contains("Ska anslås på anslagstavlan senast 2026-11-23, i dag", todo, StringComparison.Ordinal);
        // Held 2026-11-10: fourteen days end tomorrow.
        Assert.Contains($"<a href=\"/moten/{DraftNearLimit}#protokoll\">Justera protokollet: Beredningsgruppen 2026-11-10</a>", todo, StringComparison.Ordinal);
        Assert.Contains("Protokollet är ett utkast och inte skickat för justering. Ska vara justerat senast 2026-11-24, i morgon.", todo, StringComparison.Ordinal);
        // In adjustment: whom it waits for.
        Assert.Contains($"<a href=\"/moten/{AnnasMinutes}#justering\">Justera protokollet: Styrelsen 2026-11-17</a>", todo, StringComparison.Ordinal);
        Assert.Contains("Väntar på Anna Ledamot.", todo, StringComparison.Ordinal);
        // The notice of 2026-12-01 goes out seven days before, at 07.00.
        Assert.Contains($"<a href=\"/moten/{NextBoardMeeting}#kallelse\">Kallelse skickas 2026-11-24 kl. 07.00: Styrelsen 2026-12-01 kl. 13.00–15.00</a>", todo, StringComparison.Ordinal);
        Assert.Contains("0 punkter på dagordningen, 1 handling.", todo, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/admin/utkorg/{DeadEmail}\">E-post kunde inte skickas: Kallelse: Styrelsen 2026-11-17 kl. 13.00</a>", todo, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/avgifter/fakturor/{OverdueInvoice}\">Förfallen faktura 1041: Täby kommun</a>", todo, StringComparison.Ordinal);
        Assert.Contains("Förföll 2026-10-31, 100 000,00 kr är obetalt.", todo.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.DoesNotContain("1042", todo, StringComparison.Ordinal); // paid

        // Urgent first (limits within three days, email that stopped), by day; then the rest by day.
        Assert.Contains($"/moten/{NextPreparatoryMeeting}#kallelse", todo, StringComparison.Ordinal);
        var order = new[] { "E-post kunde inte skickas", "Anslå justeringen", "Justera protokollet: Beredningsgruppen", "Kallelse skickas 2026-11-24", "Kallelse skickas 2026-11-26", "Förfallen faktura", "Justera protokollet: Styrelsen" };
        Assert.Equal(order, order.OrderBy(t => At(todo, t)).ToArray());
        Assert.Equal(5, Regex.Count(todo, "brådskande</span>"));
        Assert.True(At(page, "Att göra") < At(page, "Kommande sammanträden"), "the to-do list comes first");
    }

    [Fact]
    public async Task A_board_member_sees_the_minutes_waiting_for_their_approval_and_not_anyone_elses()
    {
        var page = MainOf(await StartPageAsync(AnnaEmail));

        Assert.Contains("<h2 id=\"justera\">Protokoll att justera</h2>", page, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"button\" href=\"/moten/{AnnasMinutes}#justering\">Läs och justera protokollet<span class=\"visually-hidden\"> från Styrelsen 2026-11-17</span></a>", page, StringComparison.Ordinal);
        Assert.Contains("ska vara justerat senast <strong>2026-12-01</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(BosMinutes.ToString(), page, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftNearLimit.ToString(), page, StringComparison.Ordinal);
        Assert.DoesNotContain("Att göra", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Förfallen faktura", page, StringComparison.Ordinal);
        Assert.DoesNotContain("utkorg", page, StringComparison.Ordinal);

        // Bo approved Anna's minutes already: he sees only his own.
        var bo = MainOf(await StartPageAsync(BoEmail));
        Assert.Contains($"/moten/{BosMinutes}#justering", bo, StringComparison.Ordinal);
        Assert.DoesNotContain($"/moten/{AnnasMinutes}#justering", bo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_board_member_sees_the_next_meetings_of_their_own_bodies_with_papers_time_and_place_and_the_calendar_link()
    {
        var page = MainOf(await StartPageAsync(AnnaEmail));

        var meetings = page[At(page, "<h2 id=\"sammantraden\">Dina kommande sammanträden</h2>")..At(page, "id=\"kalender\"")];
        Assert.Contains($"<a href=\"/moten/{NextBoardMeeting}\">Styrelsen: ordinarie sammanträde</a>", meetings, StringComparison.Ordinal);
        Assert.Contains("<dd>2026-12-01 kl. 13.00–15.00</dd>", meetings, StringComparison.Ordinal);
        Assert.Contains("Täby kommunhus, rum 3", meetings, StringComparison.Ordinal);
        Assert.Contains("kallad som ledamot", meetings, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/api/papers/{Paper}\">Budget 2027.pdf</a>", meetings, StringComparison.Ordinal);
        Assert.DoesNotContain(NextPreparatoryMeeting.ToString(), page, StringComparison.Ordinal); // Beredningsgruppen is not hers
        Assert.Contains("<a href=\"/konto/kalender\">Lägg till sammanträdena i din kalender</a>", page, StringComparison.Ordinal);

        // On a phone the most urgent is on top: the page's own order, not the style sheet's.
        Assert.True(At(page, "Protokoll att justera") < At(page, "Dina kommande sammanträden"));
        Assert.True(At(page, "Dina kommande sammanträden") < At(page, "Sammanträdena i din kalender"));
    }

    [Fact]
    public async Task A_board_member_whose_address_is_on_no_seat_sees_every_bodys_meetings_and_why()
    {
        var page = MainOf(await StartPageAsync("utan.plats@roslagen.test"));

        Assert.Contains("<h2 id=\"sammantraden\">Kommande sammanträden</h2>", page, StringComparison.Ordinal);
        Assert.Contains("din e-postadress finns inte hos någon ledamot eller ersättare", page, StringComparison.Ordinal);
        Assert.Contains($"/moten/{NextBoardMeeting}", page, StringComparison.Ordinal);
        Assert.Contains($"/moten/{NextPreparatoryMeeting}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Protokoll att justera", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_auditor_sees_what_they_may_read_and_no_way_to_change_anything()
    {
        var html = await StartPageAsync("revisor@roslagen.test");
        var page = MainOf(html);

        Assert.Contains("<h2 id=\"lasa\">Det här kan du läsa</h2>", page, StringComparison.Ordinal);
        foreach (var readable in new[] { "/moten", "/organ", "/avgifter", "/avgifter/betalningar", "/anslagstavla" })
            Assert.Contains($"<a href=\"{readable}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/moten/{AdjustedNotPosted}/protokoll\">Styrelsen 2026-11-06</a>, justerat 2026-11-20", page, StringComparison.Ordinal);
        Assert.Contains($"/moten/{NextPreparatoryMeeting}", page, StringComparison.Ordinal); // every body's meetings

        // Nothing to change: no form, no handler, no admin page (the audit log is the kansli's), no to-do list.
        Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Att göra", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Protokoll att justera", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/konto/kalender", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_are_written_the_way_Sprakradet_recommends()
    {
        Assert.Equal("kl. 07.00", SwedishTime.Clock(SwedishTime.ToUtc(new DateOnly(2026, 11, 24), new TimeOnly(7, 0))));
        Assert.Equal("kl. 13.05", SwedishTime.Clock(SwedishTime.ToUtc(new DateOnly(2026, 7, 1), new TimeOnly(13, 5))));
    }
}
