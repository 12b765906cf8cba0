using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Deadlines;
using Platform.Features.Board.Notices;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Board;

/// <summary>
/// Runs an association's board jobs as the scheduler would, on the fake clock: the notice job and
/// the outbox every step, the deadline job at 06.00 Swedish time each morning. A month is 720 hourly
/// steps; nothing waits for real time.
/// </summary>
internal sealed class BoardClock(PlatformFactory platform, TenantInfo tenant)
{
    private static readonly TimeZoneInfo Sweden = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public DateTimeOffset Now => platform.Clock.GetUtcNow();

    public DateTime SwedishNow => TimeZoneInfo.ConvertTime(Now, Sweden).DateTime;

    /// <summary>An instant given in Swedish wall-clock time.</summary>
    public static DateTimeOffset Swedish(int year, int month, int day, int hour = 0, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Sweden), TimeSpan.Zero);
    }

    public Task<int> NoticesAsync() => In(s => s.GetRequiredService<MeetingNotices>().QueueDueAsync(CancellationToken.None));

    public Task<BoardDeadlineRun> MorningAsync() => In(s => s.GetRequiredService<BoardDeadlines>().RunAsync(CancellationToken.None));

    /// <summary>Dispatches until nothing more is due (a batch is limited), or the server is down.</summary>
    public async Task DispatchAsync()
    {
        for (var i = 0; i < 20; i++)
        {
            var result = await platform.DispatchAsync(tenant);
            if (result.Sent + result.Refused + result.Dead == 0) return;
        }
    }

    /// <summary>
    /// Moves the clock in <paramref name="step"/>s (an hour unless told) up to <paramref name="until"/>,
    /// running the jobs at each step. <paramref name="at"/> runs first at each step: a test's own action on that day.
    /// </summary>
    public async Task RunUntilAsync(DateTimeOffset until, Func<DateTime, Task>? at = null, TimeSpan? step = null)
    {
        var increment = step ?? TimeSpan.FromHours(1);
        while (Now + increment <= until)
        {
            platform.Clock.Advance(increment);
            if (at is not null) await at(SwedishNow);
            if (SwedishNow.Hour == 6 && SwedishNow.Minute < increment.TotalMinutes) await MorningAsync();
            await NoticesAsync();
            await DispatchAsync();
        }
    }

    public Task<T> In<T>(Func<IServiceProvider, Task<T>> work) => platform.InTenantAsync(tenant, work);

    public Task In(Func<IServiceProvider, Task> work) => platform.InTenantAsync(tenant, work);

    public Task<List<OutboxMessage>> OutboxAsync(string keyPrefix) =>
        In(s => s.GetRequiredService<TenantDb>().OutboxMessages.AsNoTracking().Include(m => m.Attachments)
            .Where(m => m.CorrelationKey.StartsWith(keyPrefix)).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync());
}
