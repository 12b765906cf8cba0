using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Infrastructure.Web.Forms;
using Platform.Persistence;

namespace Platform.Features.Board.Bodies;

/// <summary>The association's bodies with their seats, the people on them, and where § numbers start.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class IndexModel(BodyRegister register, TenantDb db, KeptHtml kept) : BoardPageModel
{
    public IReadOnlyList<(Body Body, IReadOnlyList<Seat> Seats)> Bodies { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Contact> Contacts { get; private set; } = new Dictionary<Guid, Contact>();
    public IReadOnlyDictionary<Guid, string> Members { get; private set; } = new Dictionary<Guid, string>();

    public BodyInput NewBody { get; set; } = new() { Kind = nameof(BodyKind.Board) };
    public ContactInput NewContact { get; set; } = new();
    public SeatInput NewSeat { get; set; } = new();
    public string? SeatBodyId { get; set; }
    public NumberingInput Numbering { get; set; } = new();
    public string? NumberingBodyId { get; set; }

    // Compiled (issue 24): read on every view of the page.
    private static readonly Func<TenantDb, IAsyncEnumerable<(Guid, string)>> MemberNames = EF.CompileAsyncQuery(
        (TenantDb db) => db.Set<Member>().AsNoTracking().OrderBy(m => m.Name).Select(m => ValueTuple.Create(m.Id, m.Name)));

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await kept.ReuseAsync(HttpContext, ct)) return;
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var bodies = await register.BodiesAsync(ct);
        var seats = await register.SeatsByBodyAsync(ct);
        Bodies = [.. bodies.Select(body => (body, (IReadOnlyList<Seat>)[.. seats[body.Id]]))];
        Contacts = (await register.ContactsAsync(ct)).ToDictionary(c => c.Id);
        Members = (await MemberNames(db).ToListAsync(ct)).ToDictionary(m => m.Item1, m => m.Item2);
    }

    private async Task<IActionResult> AdminAsync<T>(string prefix, string done, Func<Task<Outcome<T>>> action, CancellationToken ct) =>
        IsAdmin ? await AnswerAsync(await action(), prefix, done, () => LoadAsync(ct)) : Forbid();

    public Task<IActionResult> OnPostBodyAsync([Bind(Prefix = nameof(NewBody))] BodyInput input, CancellationToken ct)
    {
        NewBody = input;
        return AdminAsync(nameof(NewBody), "organ", () => register.SaveBodyAsync(null, input, ct), ct);
    }

    public Task<IActionResult> OnPostContactAsync([Bind(Prefix = nameof(NewContact))] ContactInput input, CancellationToken ct)
    {
        NewContact = input;
        return AdminAsync(nameof(NewContact), "person", () => register.SaveContactAsync(null, input, ct), ct);
    }

    public Task<IActionResult> OnPostSeatAsync(string? seatBodyId, [Bind(Prefix = nameof(NewSeat))] SeatInput input, CancellationToken ct)
    {
        NewSeat = input;
        SeatBodyId = seatBodyId;
        return AdminAsync(nameof(NewSeat), "plats", () => ForBodyAsync(seatBodyId, bodyId => register.AddSeatAsync(bodyId, input, ct)), ct);
    }

    public Task<IActionResult> OnPostRemoveSeatAsync(Guid seatId, CancellationToken ct) =>
        AdminAsync(nameof(NewSeat), "plats-borttagen", () => register.RemoveSeatAsync(seatId, ct), ct);

    public Task<IActionResult> OnPostNumberingAsync(string? numberingBodyId, [Bind(Prefix = nameof(Numbering))] NumberingInput input, CancellationToken ct)
    {
        Numbering = input;
        NumberingBodyId = numberingBodyId;
        return AdminAsync(nameof(Numbering), "numrering", () => ForBodyAsync(numberingBodyId, bodyId => register.SetNumberingAsync(bodyId, input, ct)), ct);
    }

    /// <summary>The body chosen in the form's list, or a field error beside the list.</summary>
    private static async Task<Outcome<T>> ForBodyAsync<T>(string? bodyId, Func<Guid, Task<Outcome<T>>> action)
    {
        if (Guid.TryParse(bodyId, out var id)) return await action(id);
        var errors = new FieldErrors();
        errors.Add("bodyId", "Välj organ.");
        return Outcomes.Invalid(errors);
    }
}
