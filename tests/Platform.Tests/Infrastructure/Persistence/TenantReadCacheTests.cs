using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Persistence;

/// <summary>
/// The start page keeps its reads until the association's database changes (issue 24): every way of
/// writing changes the database's stamp, and the page shows the write on the next visit: a write in
/// this instance, in another instance over the same database, by <c>SaveChanges</c> or by a bulk
/// update or delete. With no write, what depends only on the time shows within <see cref="TenantReadCache.Fresh"/>.
/// And one association's reads are never another's.
/// </summary>
public sealed class TenantReadCacheTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _alfa = null!, _beta = null!;
    private HttpClient _office = null!;

    public async Task InitializeAsync()
    {
        _alfa = await _platform.ProvisionAsync("alfa", "Samordningsförbundet Alfa");
        _beta = await _platform.ProvisionAsync("beta", "Samordningsförbundet Beta");
        await _platform.AddPersonAsync(_alfa, Roles.Admin, "kansli@alfa.test");
        _office = await _platform.SignInAsync(PlatformFactory.HostOf(_alfa), "kansli@alfa.test");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private async Task<string> StartPageAsync(HttpClient? client = null)
    {
        using var response = await (client ?? _office).GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static OutboxMessage DeadEmail(string subject, DateTime now) => new()
    {
        Id = Guid.NewGuid(),
        CorrelationKey = $"test:{subject}",
        To = "Anna <anna@fel.example>",
        Subject = subject,
        TextBody = "Text",
        HtmlBody = "<p>Text</p>",
        Status = OutboxStatus.Dead,
        Attempts = 5,
        LastError = "550 No such user",
        CreatedAt = now.AddDays(-1),
        NextAttemptAt = now.AddDays(-1),
    };

    private Task<long> StampAsync(TenantInfo tenant) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Set<ChangeStamp>().Select(c => c.Stamp).SingleAsync());

    [Fact]
    public async Task Every_way_of_writing_changes_the_stamp_and_reading_does_not()
    {
        var now = _platform.Clock.GetUtcNow().UtcDateTime;
        var before = await StampAsync(_alfa);
        var betaBefore = await StampAsync(_beta);

        await _platform.InTenantAsync(_alfa, s => s.GetRequiredService<TenantDb>().OutboxMessages.ToListAsync());
        Assert.Equal(before, await StampAsync(_alfa));

        await _platform.InTenantAsync(_alfa, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.OutboxMessages.Add(DeadEmail("Sparad", now));
            await db.SaveChangesAsync();
        });
        var saved = await StampAsync(_alfa);
        Assert.NotEqual(before, saved);

        // SaveChanges with nothing to save writes nothing, not even the stamp.
        await _platform.InTenantAsync(_alfa, s => s.GetRequiredService<TenantDb>().SaveChangesAsync());
        Assert.Equal(saved, await StampAsync(_alfa));

        await _platform.InTenantAsync(_alfa, s => s.GetRequiredService<TenantDb>().OutboxMessages.ExecuteUpdateAsync(u => u.SetProperty(m => m.Attempts, 6)));
        var updated = await StampAsync(_alfa);
        Assert.NotEqual(saved, updated);

        // A bulk update that matches no row changed nothing.
        await _platform.InTenantAsync(_alfa, s => s.GetRequiredService<TenantDb>().OutboxMessages.Where(m => m.Subject == "ingen").ExecuteUpdateAsync(u => u.SetProperty(m => m.Attempts, 7)));
        Assert.Equal(updated, await StampAsync(_alfa));

        await _platform.InTenantAsync(_alfa, s => s.GetRequiredService<TenantDb>().OutboxMessages.ExecuteDeleteAsync());
        var deleted = await StampAsync(_alfa);
        Assert.NotEqual(updated, deleted);

        // A rolled-back write takes its stamp with it.
        await _platform.InTenantAsync(_alfa, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.OutboxMessages.Add(DeadEmail("Ångrad", now));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });
        Assert.Equal(deleted, await StampAsync(_alfa));

        // Beta's database was not written.
        Assert.Equal(betaBefore, await StampAsync(_beta));
    }

    [Fact]
    public async Task The_start_page_shows_a_write_on_the_next_visit_whether_saved_or_bulk_updated()
    {
        var now = _platform.Clock.GetUtcNow().UtcDateTime;
        Assert.DoesNotContain("E-post kunde inte skickas", await StartPageAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("E-post kunde inte skickas", await StartPageAsync(), StringComparison.Ordinal); // read again from the cache

        await _platform.InTenantAsync(_alfa, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.OutboxMessages.Add(DeadEmail("Kallelse: Styrelsen", now));
            await db.SaveChangesAsync();
        });
        Assert.Contains("E-post kunde inte skickas: Kallelse: Styrelsen", await StartPageAsync(), StringComparison.Ordinal);
        Assert.Contains("E-post kunde inte skickas: Kallelse: Styrelsen", await StartPageAsync(), StringComparison.Ordinal);

        // The outbox marks a message sent with a bulk update, as the dispatcher does.
        await _platform.InTenantAsync(_alfa, s => s.GetRequiredService<TenantDb>().OutboxMessages
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now)));
        Assert.DoesNotContain("E-post kunde inte skickas", await StartPageAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_in_another_instance_over_the_same_databases_shows_on_the_next_visit()
    {
        var now = _platform.Clock.GetUtcNow().UtcDateTime;
        Assert.DoesNotContain("Kallelse: Beredningen", await StartPageAsync(), StringComparison.Ordinal);

        // A second instance of the platform over the same catalog and the same association's database:
        // its write cannot reach this instance's memory, only the database.
        using (var second = new PlatformFactory(_platform.DataDirectory))
        {
            await second.InTenantAsync(_alfa, async s =>
            {
                var db = s.GetRequiredService<TenantDb>();
                db.OutboxMessages.Add(DeadEmail("Kallelse: Beredningen", now));
                await db.SaveChangesAsync();
            });
        }

        Assert.Contains("E-post kunde inte skickas: Kallelse: Beredningen", await StartPageAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_depends_only_on_the_time_shows_within_a_minute_without_a_write()
    {
        var meeting = Guid.NewGuid();
        var now = _platform.Clock.GetUtcNow().UtcDateTime;
        await _platform.InTenantAsync(_alfa, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var body = new Body { Id = Guid.NewGuid(), Kind = BodyKind.Board, Name = "Styrelsen" };
            db.Bodies.Add(body);
            // Under way: it ends in ten seconds.
            db.Meetings.Add(new Meeting { Id = meeting, BodyId = body.Id, Kind = MeetingKind.Ordinary, StartsAt = now.AddHours(-2), EndsAt = now.AddSeconds(10), Status = MeetingStatus.Planned });
            await db.SaveChangesAsync();
        });
        Assert.Contains($"href=\"/moten/{meeting}\"", await StartPageAsync(), StringComparison.Ordinal);

        _platform.Clock.Advance(TenantReadCache.Fresh);
        Assert.DoesNotContain($"href=\"/moten/{meeting}\"", await StartPageAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_associations_start_page_never_shows_anothers_reads()
    {
        var now = _platform.Clock.GetUtcNow().UtcDateTime;
        foreach (var (tenant, subject) in new[] { (_alfa, "Alfas kallelse"), (_beta, "Betas kallelse") })
        {
            await _platform.InTenantAsync(tenant, async s =>
            {
                var db = s.GetRequiredService<TenantDb>();
                db.OutboxMessages.Add(DeadEmail(subject, now));
                await db.SaveChangesAsync();
            });
        }
        // The same person, the same role, the same key but for the association.
        await _platform.AddPersonAsync(_beta, Roles.Admin, "kansli@alfa.test");
        var beta = await _platform.SignInAsync(PlatformFactory.HostOf(_beta), "kansli@alfa.test");

        var alfaPage = await StartPageAsync();
        var betaPage = await StartPageAsync(beta);
        Assert.Contains("Alfas kallelse", alfaPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Betas kallelse", alfaPage, StringComparison.Ordinal);
        Assert.Contains("Betas kallelse", betaPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Alfas kallelse", betaPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Betas kallelse", await StartPageAsync(), StringComparison.Ordinal);
    }
}
