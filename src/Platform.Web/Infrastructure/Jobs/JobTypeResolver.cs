using System.Reflection;
using Hangfire.Common;

namespace Platform.Infrastructure.Jobs;

/// <summary>Hangfire's type resolver: a job type's former names (<see cref="FormerlyNamedAttribute"/>) still find it; anything else as Hangfire resolves it.</summary>
internal static class JobTypeResolver
{
    private static readonly Dictionary<string, Type> Former = typeof(JobTypeResolver).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes<FormerlyNamedAttribute>().Select(a => (a.FullName, Type: t)))
        .ToDictionary(f => f.FullName, f => f.Type, StringComparer.Ordinal);

    /// <summary>Resolves a stored type name such as <c>Platform.Features.Board.MeetingNoticesJob, Platform.Web</c>.</summary>
    public static Type Resolve(string typeName)
    {
        var fullName = typeName.Split(',', 2)[0].Trim();
        return Former.TryGetValue(fullName, out var moved) ? moved : TypeHelper.DefaultTypeResolver(typeName);
    }
}
