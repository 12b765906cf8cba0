using System.Security.Claims;
using Platform.Features.Grants.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Grants.Office;

/// <summary>Writes a line of an application's history (saved with the change it describes) and, after the save, the audit entry.</summary>
internal sealed class ApplicationHistory(TenantDb db, TimeProvider clock, IHttpContextAccessor http, AuditLog audit)
{
    /// <summary>The office person's address, or "Systemet" outside a request.</summary>
    public string Actor => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.ActorName() ?? "Kansliet" : "Systemet";

    public void Add(FundingApplication application, string text, ApplicationState? state = null) =>
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            ApplicationId = application.Id,
            At = clock.GetUtcNow().UtcDateTime,
            Actor = Actor,
            Text = text,
            State = state,
        });

    public Task AuditAsync(string @event, FundingApplication application, string detail, CancellationToken ct) =>
        audit.RecordAsync(@event, $"Ansökan {application.Number}: {application.Title}", detail, ct);
}
