using Hangfire.Common;
using Platform.Features.Board.Deadlines;
using Platform.Features.Board.Notices;
using Platform.Features.Fees.Invoicing;
using Platform.Infrastructure.Jobs;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Jobs;

/// <summary>
/// Hangfire stores a job by its type name: a job queued, scheduled or retrying when a version with
/// moved job types is deployed must still load, or a morning's postings or invoices are lost.
/// </summary>
public sealed class JobTypeNameTests
{
    [Theory]
    [InlineData("Platform.Features.Board.MeetingNoticesJob, Platform.Web", typeof(MeetingNoticesJob))]
    [InlineData("Platform.Features.Board.BoardDeadlinesJob, Platform.Web", typeof(BoardDeadlinesJob))]
    [InlineData("Platform.Features.Fees.InvoicingJob, Platform.Web", typeof(InvoicingJob))]
    public void A_job_stored_under_its_former_name_still_loads(string stored, Type expected)
    {
        using var platform = new PlatformFactory();
        _ = platform.Server; // configures Hangfire, the resolver included

        Assert.Equal(expected, TypeHelper.CurrentTypeResolver(stored));
    }

    [Fact]
    public void Every_job_type_loads_under_the_name_it_is_stored_with_now()
    {
        var jobs = typeof(JobTypeResolver).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (typeof(ITenantJob).IsAssignableFrom(t) || typeof(IPlatformRecurringJob).IsAssignableFrom(t))).ToList();
        Assert.True(jobs.Count >= 7, string.Join(", ", jobs)); // notices, deadlines, invoicing, outbox, statistics, weekly summary, token pruning

        Assert.All(jobs, job => Assert.Equal(job, JobTypeResolver.Resolve(TypeHelper.CurrentTypeSerializer(job))));
    }
}
