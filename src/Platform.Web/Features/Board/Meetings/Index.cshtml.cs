using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Board.Bodies;
using Platform.Features.Board.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Infrastructure.Web.Forms;

namespace Platform.Features.Board.Meetings;

/// <summary>The association's meetings, upcoming first; the kansli plans new ones here.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class IndexModel(MeetingPlanner meetings, BodyRegister register, TimeProvider clock, KeptHtml kept) : BoardPageModel
{
    public IReadOnlyList<(Meeting Meeting, Body Body)> Upcoming { get; private set; } = [];
    public IReadOnlyList<(Meeting Meeting, Body Body)> Past { get; private set; } = [];
    public IReadOnlyList<Body> Bodies { get; private set; } = [];

    [BindProperty] public MeetingInput New { get; set; } = new() { StartTime = "13:00", EndTime = "16:00" };

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await kept.ReuseAsync(HttpContext, ct)) return;
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = await meetings.ListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        Upcoming = all.Where(m => m.Meeting.EndsAt >= now).OrderBy(m => m.Meeting.StartsAt).ToList();
        Past = all.Where(m => m.Meeting.EndsAt < now).ToList();
        Bodies = await register.BodiesAsync(ct);
        New.Date ??= SwedishTime.Today(clock).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        var result = await meetings.SaveAsync(null, New, ct);
        if (result.Succeeded) return RedirectToPage("/Board/Meetings/Meeting", null, new { id = result.Value!.Id, klart = "sammantrade" }, FormPageModel.ConfirmationId("uppgifter"));
        return await AnswerAsync(result, nameof(New), "sammantrade", () => LoadAsync(ct));
    }
}
