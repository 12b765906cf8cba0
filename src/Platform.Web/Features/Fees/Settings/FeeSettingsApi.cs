namespace Platform.Features.Fees.Settings;

/// <summary>The API of how the association invoices.</summary>
internal static class FeeSettingsApi
{
    public static RouteGroupBuilder MapFeeSettingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("fee-settings", async (FeeSettingsStore s, CancellationToken ct) => TypedResults.Ok(await s.GetAsync(ct)))
            .Reads("How the association invoices: schedule, invoice day, days to pay, VAT, reminders, the rule for members joining or leaving, and its invoice details.");
        api.MapPut("fee-settings", async (FeeSettingsInput input, FeeSettingsStore s, CancellationToken ct) => (await s.SaveAsync(input, ct)).Answer(Or.Invalid))
            .Writes("Saves the invoicing settings (schedule Yearly, HalfYearly or Quarterly; joinLeaveRule ProRataMonths or WholeYear; bankgiro and organisationsnummer are checked).");
        return api;
    }
}
