using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Features.Board.Model;
using Platform.Features.Board.Notices;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Board.CalendarFeed;

/// <summary>The meetings in a person's calendar feed: the bodies they sit on, or every body for the kansli.</summary>
internal sealed class CalendarFeeds(TenantDb db, CatalogDb catalog, TenantContext tenant, MeetingNotices notices, TimeProvider clock, IOptions<PlatformOptions> platform)
{
    /// <summary>How far back the feed reaches: last term's meetings stay in the calendar.</summary>
    public const int DaysBack = 180;

    public Task<CalendarSubscription?> FindAsync(Guid userId, CancellationToken ct) =>
        db.Set<CalendarSubscription>().AsNoTracking().FirstOrDefaultAsync(s => s.UserId == userId, ct);

    /// <summary>A new secret address for <paramref name="userId"/>; any earlier address stops working. The address is shown once.</summary>
    public async Task<Uri> CreateAsync(Guid userId, CancellationToken ct)
    {
        await db.Set<CalendarSubscription>().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        var token = SecretTokens.New();
        db.Add(new CalendarSubscription { Id = Guid.CreateVersion7(clock.GetUtcNow()), UserId = userId, TokenHash = SecretTokens.Hash(token), CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        return platform.Value.AssociationUrl(tenant.Current.Slug, $"/kalender/{token}.ics");
    }

    public Task<int> RemoveAsync(Guid userId, CancellationToken ct) =>
        db.Set<CalendarSubscription>().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);

    /// <summary>The feed behind <paramref name="token"/>, or null when no current member of this association holds it.</summary>
    public async Task<string?> FeedAsync(string token, CancellationToken ct)
    {
        if (token.Length is < 20 or > 100) return null;
        var hash = SecretTokens.Hash(token);
        var subscription = await db.Set<CalendarSubscription>().FirstOrDefaultAsync(s => s.TokenHash == hash, ct);
        if (subscription is null) return null;
        var tenantId = tenant.Current.Id.Value;
        var person = await catalog.Memberships.AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.UserId == subscription.UserId)
            .Select(m => new { m.Role, m.User!.Email })
            .ToListAsync(ct);
        if (person.Count == 0) return null;

        var email = person[0].Email?.ToLowerInvariant();
        var today = SwedishTime.Today(clock);
        var bodies = person.Any(p => p.Role == Roles.Admin)
            ? await db.Bodies.AsNoTracking().Select(b => b.Id).ToListAsync(ct)
            : await (from s in db.Seats.AsNoTracking()
                     join c in db.Contacts.AsNoTracking() on s.ContactId equals c.Id
                     where c.Email == email && (s.To == null || s.To >= today.AddDays(-DaysBack))
                     select s.BodyId).Distinct().ToListAsync(ct);
        var from = clock.GetUtcNow().UtcDateTime.AddDays(-DaysBack);
        var meetings = await db.Meetings.AsNoTracking().Where(m => bodies.Contains(m.BodyId) && m.StartsAt >= from).OrderBy(m => m.StartsAt).ToListAsync(ct);
        var names = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var ids = meetings.Select(m => m.Id).ToList();
        var agendas = (await db.AgendaItems.AsNoTracking().Where(i => ids.Contains(i.MeetingId)).OrderBy(i => i.Order).ToListAsync(ct)).ToLookup(i => i.MeetingId);

        subscription.LastReadAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return ICalendarFile.Write(ICalendarFile.Publish,
            meetings.Select(m => notices.Event(m, names[m.BodyId], agendas[m.Id].ToList(), m.Status == MeetingStatus.Cancelled)),
            clock.GetUtcNow().UtcDateTime,
            calendarName: $"Sammanträden – {tenant.Current.Name}");
    }

    public static void Configure(Microsoft.EntityFrameworkCore.ModelBuilder modelBuilder) =>
        modelBuilder.Entity<CalendarSubscription>(subscription =>
        {
            subscription.ToTable("CalendarSubscriptions");
            subscription.Property(s => s.Id).ValueGeneratedNever();
            subscription.Property(s => s.TokenHash).HasMaxLength(64);
            subscription.HasIndex(s => s.TokenHash).IsUnique();
            subscription.HasIndex(s => s.UserId).IsUnique();
        });
}
