using Microsoft.EntityFrameworkCore;
using Platform.Features.Network;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Members;

/// <summary>The member register's part of the network statistics: parties, municipalities, their population, and the county.</summary>
internal sealed class MemberStatistics(TenantDb db) : IStatisticsSource
{
    public Task<IReadOnlyCollection<int>> YearsAsync(CancellationToken ct) => Task.FromResult<IReadOnlyCollection<int>>([]);

    public async Task AddFiguresAsync(StatisticsSheet sheet, CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().ToListAsync(ct);
        foreach (var year in sheet.Years)
        {
            var day = sheet.ReferenceDay(year);
            var current = members.Where(m => m.IsMemberOn(day)).ToList();
            var municipalities = current.Where(m => m.Kind == MemberKind.Municipality).ToList();
            sheet.Add(year, NetworkFigures.MemberParties, current.Count);
            sheet.Add(year, NetworkFigures.Municipalities, municipalities.Count);
            sheet.Add(year, NetworkFigures.Population, municipalities.Sum(m => (long)(m.Population ?? 0)));
        }
        sheet.County = members.Where(m => m.Kind == MemberKind.Region && m.IsMemberOn(sheet.Today))
            .Select(m => SwedishCounties.OfRegion(m.Name)).FirstOrDefault(c => c is not null);
    }
}
