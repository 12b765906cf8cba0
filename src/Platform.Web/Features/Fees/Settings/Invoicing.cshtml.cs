using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Fees.Settings;

/// <summary>How the association invoices its members, and the details printed on every invoice.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class InvoicingModel(FeeSettingsStore settings) : FeesPageModel
{
    public FeeSettingsInput Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await settings.GetAsync(ct);
        Form = new FeeSettingsInput
        {
            Schedule = s.Schedule.ToString(),
            InvoiceDay = s.InvoiceDay,
            DaysToPay = s.DaysToPay,
            VatPercent = s.VatPercent,
            ReminderDays = s.ReminderDays,
            ReminderLevels = s.ReminderLevels,
            JoinLeaveRule = s.JoinLeaveRule.ToString(),
            FirstInvoiceNumber = s.FirstInvoiceNumber,
            OrganisationNumber = s.OrganisationNumber,
            Bankgiro = s.Bankgiro,
            Street = s.Street,
            PostalCode = s.PostalCode,
            City = s.City,
        };
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Form))] FeeSettingsInput input, CancellationToken ct)
    {
        Form = input;
        ModelState.Clear();
        return await AnswerAsync(await settings.SaveAsync(input, ct), nameof(Form), "fakturering", () => Task.CompletedTask);
    }
}
