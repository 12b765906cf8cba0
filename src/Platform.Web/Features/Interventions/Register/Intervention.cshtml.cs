using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Register;

/// <summary>
/// One intervention: everything about it, and for admins the forms for its staffing, goals and their
/// follow-ups, and budgets. A line or goal is changed by opening it (<c>?bemanning=</c>, <c>?mal=</c>)
/// into the same form; removing asks first.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Interventions)]
internal sealed class DetailsModel(InterventionRegister register) : InterventionsPageModel
{
    public InterventionDto Current { get; private set; } = null!;
    public bool IsParticipantStaff { get; private set; }

    [BindProperty(SupportsGet = true, Name = "bemanning")] public Guid? EditLine { get; set; }
    [BindProperty(SupportsGet = true, Name = "mal")] public Guid? EditGoal { get; set; }
    [BindProperty(SupportsGet = true, Name = "budget")] public int? EditYear { get; set; }

    public StaffingForm Staffing { get; set; } = new();
    public GoalForm Goal { get; set; } = new();
    public FollowUpForm FollowUp { get; set; } = new();
    public BudgetForm Budget { get; set; } = new();
    public IReadOnlyList<(Guid Id, string Name, Members.MemberKind Kind)> Parties { get; private set; } = [];

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await register.GetAsync(User, id, ct);
        if (!found.Succeeded) return false;
        Current = found.Value!;
        IsParticipantStaff = await register.IsParticipantStaffAsync(User, id, ct);
        if (IsAdmin) Parties = await register.PartiesAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Current.Staffing.FirstOrDefault(s => s.Id == EditLine) is { } line) Staffing = StaffingForm.Of(line);
        if (Current.Goals.FirstOrDefault(g => g.Id == EditGoal) is { } goal) Goal = GoalForm.From(goal);
        if (Current.Budgets.FirstOrDefault(b => b.Year == EditYear) is { } budget) Budget = BudgetForm.From(budget);
        return Page();
    }

    private async Task<IActionResult> AdminAsync(Guid id, Func<Task<IActionResult>> action, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        return await action();
    }

    public Task<IActionResult> OnPostStaffingAsync(Guid id, [Bind(Prefix = nameof(Staffing))] StaffingForm input, CancellationToken ct) =>
        AdminAsync(id, async () =>
        {
            Staffing = input;
            var outcome = Guid.TryParse(input.LineId, out var lineId)
                ? await register.UpdateStaffingAsync(id, lineId, input.ToInput(), ct)
                : await register.AddStaffingAsync(id, input.ToInput(), ct);
            return await AnswerAsync(outcome, nameof(Staffing), "bemanning", () => LoadAsync(id, ct));
        }, ct);

    public Task<IActionResult> OnPostRemoveStaffingAsync(Guid id, Guid lineId, CancellationToken ct) =>
        AdminAsync(id, async () => await AnswerAsync(await register.RemoveStaffingAsync(id, lineId, ct), nameof(Staffing), "bemanning-borttagen", () => LoadAsync(id, ct)), ct);

    public Task<IActionResult> OnPostGoalAsync(Guid id, [Bind(Prefix = nameof(Goal))] GoalForm input, CancellationToken ct) =>
        AdminAsync(id, async () =>
        {
            Goal = input;
            var outcome = Guid.TryParse(input.GoalId, out var goalId)
                ? await register.UpdateGoalAsync(id, goalId, input.ToInput(), ct)
                : await register.AddGoalAsync(id, input.ToInput(), ct);
            return await AnswerAsync(outcome, nameof(Goal), "mal", () => LoadAsync(id, ct));
        }, ct);

    public Task<IActionResult> OnPostRemoveGoalAsync(Guid id, Guid goalId, CancellationToken ct) =>
        AdminAsync(id, async () => await AnswerAsync(await register.RemoveGoalAsync(id, goalId, ct), nameof(Goal), "mal-borttaget", () => LoadAsync(id, ct)), ct);

    public Task<IActionResult> OnPostFollowUpAsync(Guid id, [Bind(Prefix = nameof(FollowUp))] FollowUpForm input, CancellationToken ct) =>
        AdminAsync(id, async () =>
        {
            FollowUp = input;
            if (!Guid.TryParse(input.GoalId, out var goalId) || Current.Goals.All(g => g.Id != goalId))
                return await AnswerAsync<Done>(Outcomes.Invalid("goalId", "Välj vilket mål uppföljningen gäller."), nameof(FollowUp), "uppfoljning", () => LoadAsync(id, ct));
            return await AnswerAsync(await register.FollowUpAsync(id, goalId, input.ToInput(), ct), nameof(FollowUp), "uppfoljning", () => LoadAsync(id, ct));
        }, ct);

    public Task<IActionResult> OnPostBudgetAsync(Guid id, [Bind(Prefix = nameof(Budget))] BudgetForm input, CancellationToken ct) =>
        AdminAsync(id, async () =>
        {
            Budget = input;
            var year = FormNumbers.Int(input.Year);
            return await AnswerAsync(await register.SetBudgetAsync(id, year, input.ToInput(), ct), nameof(Budget), "budget", () => LoadAsync(id, ct));
        }, ct);
}
