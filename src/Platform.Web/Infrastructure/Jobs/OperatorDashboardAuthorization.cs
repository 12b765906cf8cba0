using Hangfire.Dashboard;
using Platform.Infrastructure.Identity;

namespace Platform.Infrastructure.Jobs;

internal sealed class OperatorDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        // The endpoint already requires the operator policy; this is Hangfire's own second lock.
        return http.User.IsInRole(Roles.Operator) && http.User.AgreesWith(http.HostOf());
    }
}
