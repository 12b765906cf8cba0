using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Platform.Features.Board;
using Platform.Features.Fees;
using Platform.Features.Grants;
using Platform.Features.Interventions;
using Platform.Features.Members;
using Platform.Features.Outbox;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Home;

/// <summary>
/// The association's start page on its own host: its name for everyone, and for its people once
/// they have signed in, a page for their role, the most urgent thing first (in the page's order, so
/// that a phone shows it at the top):
/// <list type="bullet">
/// <item>everyone: the minutes waiting for their approval, when they are an adjuster;</item>
/// <item>the kansli: what needs doing, urgent first, each linked to where it is done (<see cref="OfficeTask"/>);</item>
/// <item>a board member: the next meetings of their bodies with the papers, and their calendar;</item>
/// <item>an auditor: what they may read, without a link to change anything;</item>
/// <item>a deltagaransvarig: the interventions whose participant records they keep;</item>
/// </list>
/// and last, the association's member parties.
/// </summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class IndexModel(
    TenantDb db, TenantContext tenant, IAuthorizationService authorization, BoardAgenda board, FeeAgenda fees, GrantAgenda grants, StaffInterventions staffInterventions, TenantReadCache cache, TimeProvider clock) : PageModel
{
    /// <summary>How many adjusted minutes an auditor sees listed.</summary>
    public const int AdjustedShown = 5;

    public string AssociationName { get; private set; } = "";
    public bool SignedIn { get; private set; }
    public StartRole? Role { get; private set; }
    public IReadOnlyList<OfficeTask> Tasks { get; private set; } = [];
    public BoardAgenda.PersonAgenda Agenda { get; private set; } = new([], [], OwnBodies: false);
    public IReadOnlyList<BoardAgenda.AdjustedMinutes> Adjusted { get; private set; } = [];
    public bool HasCalendar { get; private set; }
    public IReadOnlyList<StaffInterventions.Item> Interventions { get; private set; } = [];
    public IReadOnlyList<Member> CurrentMembers { get; private set; } = [];
    public IReadOnlyList<Member> FormerMembers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AssociationName = tenant.Current.Name;
        // A deltagaransvarig is a person of the association but not a reader of its other records (AccessPolicies.Person).
        SignedIn = (await authorization.AuthorizeAsync(User, HttpContext, AccessPolicies.Reader)).Succeeded
            || (await authorization.AuthorizeAsync(User, HttpContext, AccessPolicies.Person)).Succeeded;
        if (!SignedIn) return;

        Role = (await authorization.AuthorizeAsync(User, HttpContext, AccessPolicies.Admin)).Succeeded ? StartRole.Office
            : User.IsInRole(Roles.Board) ? StartRole.Board
            : User.IsInRole(Roles.Auditor) ? StartRole.Auditor
            : User.IsInRole(Roles.ParticipantStaff) ? StartRole.ParticipantStaff
            : null;
        var email = User.FindFirstValue(OpenIddictConstants.Claims.Email);
        var userId = User.UserId();

        // About twenty small queries of four features for the office (issue 24): read once, and again
        // when the association's database changes, a minute has passed or the day has. The key names
        // everything else the page depends on: who asks, and in which role.
        var view = await cache.GetOrReadAsync($"start:{Role?.ToString() ?? "person"}:{userId}:{email}", ct => ReadAsync(email, userId, ct), ct);
        (Tasks, Agenda, Adjusted, HasCalendar, Interventions, CurrentMembers, FormerMembers) = view;
    }

    private sealed record View(
        IReadOnlyList<OfficeTask> Tasks, BoardAgenda.PersonAgenda Agenda, IReadOnlyList<BoardAgenda.AdjustedMinutes> Adjusted, bool HasCalendar,
        IReadOnlyList<StaffInterventions.Item> Interventions, IReadOnlyList<Member> CurrentMembers, IReadOnlyList<Member> FormerMembers);

    private async Task<View> ReadAsync(string? email, Guid? userId, CancellationToken ct)
    {
        IReadOnlyList<OfficeTask> tasks = [];
        var agenda = new BoardAgenda.PersonAgenda([], [], OwnBodies: false);
        IReadOnlyList<BoardAgenda.AdjustedMinutes> adjusted = [];
        var hasCalendar = false;
        IReadOnlyList<StaffInterventions.Item> interventions = [];
        switch (Role)
        {
            case StartRole.Office:
                tasks = await OfficeTasksAsync(ct);
                agenda = await board.ForPersonAsync(email, allBodies: true, ct);
                break;
            case StartRole.Board:
                agenda = await board.ForPersonAsync(email, allBodies: false, ct);
                hasCalendar = userId is { } id && await board.HasCalendarAsync(id, ct);
                break;
            case StartRole.Auditor:
                agenda = await board.ForPersonAsync(email, allBodies: true, ct);
                adjusted = await board.RecentlyAdjustedAsync(AdjustedShown, ct);
                break;
            case StartRole.ParticipantStaff:
                interventions = await staffInterventions.OfAsync(User, ct);
                break;
        }

        var today = SwedishTime.Today(clock);
        var members = await db.Members.AsNoTracking().ToListAsync(ct);
        var ordered = members.OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.Create(SwedishTime.Culture, false)).ToList();
        return new View(tasks, agenda, adjusted, hasCalendar, interventions,
            ordered.Where(m => m.MemberTo is null || m.MemberTo >= today).ToList(),
            ordered.Where(m => m.MemberTo < today).ToList());
    }

    /// <summary>
    /// Every feature's list for the kansli, urgent first, then by the day each is due. Funding
    /// applications and reports join here with their own list when those features exist.
    /// </summary>
    private async Task<IReadOnlyList<OfficeTask>> OfficeTasksAsync(CancellationToken ct) =>
        [.. (await board.ForOfficeAsync(ct))
            .Concat(await OutboxAgenda.ForOfficeAsync(db, ct))
            .Concat(await fees.ForOfficeAsync(ct))
            .Concat(await grants.ForOfficeAsync(ct))
            .OrderByDescending(t => t.Urgent)
            .ThenBy(t => t.Due ?? DateOnly.MaxValue)];
}
