using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Decisions;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Payments;
using Platform.Features.Fees.Settings;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Infrastructure.Demo;

/// <summary>
/// Membership fees for the demo associations: invoicing details, this year's and the two earlier
/// years' fee decisions, the invoices of the periods already due (made by the real invoicing, dated their invoice days), and
/// BgMax files from "Bankgirot" that pay all of them but one, which is overdue, plus a payment with a
/// mistyped reference that waits to be matched. SUVS also has its 2022 decision from the seed budget.
/// Organisation and bankgiro numbers are made up (with valid check digits).
/// </summary>
internal sealed class DemoFeeSeeder(TenantDb db, FeeSettingsStore settings, FeeDecisions decisions, InvoiceIssuer invoicing, PaymentLedger payments, TimeProvider clock)
{
    private static readonly Dictionary<string, (string City, long Total)> Facts = new()
    {
        ["roslagen"] = ("Norrtälje", 6_000_000),
        ["suvs"] = ("Sollentuna", 6_930_000),
        ["insjoriket"] = ("Mölndal", 7_200_000),
        ["sundsvall"] = ("Sundsvall", 5_000_000),
        ["ostra-sodertorn"] = ("Haninge", 6_400_000),
        ["varna"] = ("Nacka", 4_800_000),
        ["hbs"] = ("Huddinge", 8_000_000),
        ["sodertalje"] = ("Södertälje", 5_600_000),
        ["stockholm"] = ("Stockholm", 24_000_000),
    };

    public const string Actor = "Demodata";

    public async Task SeedAsync(DemoAssociations.DemoAssociation association, CancellationToken ct)
    {
        if (await db.Set<FeeSettings>().AnyAsync(ct)) return;
        var index = DemoAssociations.All.ToList().IndexOf(association);
        var (city, total) = Facts.GetValueOrDefault(association.Slug, ("Stockholm", 5_000_000));
        var nine = $"222000{index + 100:000}";
        var seven = (5_050_000 + index * 17).ToString(CultureInfo.InvariantCulture);
        var saved = await settings.SaveAsync(new FeeSettingsInput
        {
            Schedule = nameof(InvoiceSchedule.Quarterly),
            InvoiceDay = 15,
            DaysToPay = 30,
            VatPercent = 0,
            ReminderDays = 10,
            ReminderLevels = 2,
            JoinLeaveRule = nameof(JoinLeaveRule.ProRataMonths),
            FirstInvoiceNumber = 1001,
            OrganisationNumber = nine + Luhn.CheckDigit(nine).ToString(CultureInfo.InvariantCulture),
            Bankgiro = seven + Luhn.CheckDigit(seven).ToString(CultureInfo.InvariantCulture),
            Street = $"Box {100 + index}",
            PostalCode = $"1{index}0 01",
            City = city,
        }, ct);
        if (!saved.Succeeded) throw new InvalidOperationException($"Demo fee settings: {string.Join(" ", saved.Errors!.SelectMany(e => e.Value))}");

        if (association.Slug == "suvs") await DecideAsync(2022, 6_930_000, fixedPercent: true, ct);
        var today = SwedishTime.Today(clock);
        // The two years before were invoiced and paid in full; the fee grew by about 3 % a year.
        for (var year = today.Year - 2; year <= today.Year; year++)
        {
            var fee = year == today.Year ? total : total * (100 - 3 * (today.Year - year)) / 100 / 10_000 * 10_000;
            await DecideAsync(year, fee, fixedPercent: association.Slug == "suvs", ct);
            var periods = InvoicePeriod.Of(year, saved.Value!.Schedule).Where(p => p.InvoiceDate(saved.Value) <= today).ToList();
            foreach (var period in periods)
                await invoicing.RunAsync(period.InvoiceDate(saved.Value), Actor, ct, email: false);
        }
        await PayAsync(saved.Value!, today, ct);
    }

    private async Task DecideAsync(int year, long total, bool fixedPercent, CancellationToken ct)
    {
        var members = await decisions.MembersAsync(year, ct);
        // SUVS's förbundsordning: Sollentuna 44 %, Upplands Väsby 27 %, Sigtuna 29 % of the municipalities' quarter.
        var percent = new Dictionary<string, decimal> { ["Sollentuna kommun"] = 44, ["Upplands Väsby kommun"] = 27, ["Sigtuna kommun"] = 29 };
        var input = new FeeDecisionInput
        {
            Total = total,
            MunicipalitySplit = fixedPercent ? nameof(SplitRule.Fixed) : nameof(SplitRule.Population),
            RegionSplit = nameof(SplitRule.Population),
            PopulationDate = $"{year - 1}-12-31",
            DecidedOn = $"{year - 1}-11-15",
            Reference = $"Styrelsen {year - 1}-11-15, budget {year}",
            Weights = fixedPercent
                ? members.Where(m => m.Kind == MemberKind.Municipality).Select(m => new FeeWeightInput { MemberId = m.Id, Percent = percent.GetValueOrDefault(m.Name) }).ToList()
                : [],
        };
        var result = await decisions.SaveAsync(year, input, Actor, ct);
        if (!result.Succeeded) throw new InvalidOperationException($"Demo fee decision {year}: {result.Message} {string.Join(" ", result.Errors?.SelectMany(e => e.Value) ?? [])}");
    }

    /// <summary>A BgMax file per period, paying each invoice ten days before its due date; the latest overdue invoice of the first municipality stays unpaid.</summary>
    private async Task PayAsync(FeeSettings feeSettings, DateOnly today, CancellationToken ct)
    {
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.Kind == InvoiceKind.Invoice).OrderBy(i => i.Number).ToListAsync(ct);
        var overdue = invoices.Where(i => i.DueDate < today && i.BuyerName.Contains("kommun", StringComparison.OrdinalIgnoreCase) || i.DueDate < today && i.BuyerName.EndsWith("stad", StringComparison.Ordinal))
            .OrderByDescending(i => i.DueDate).ThenBy(i => i.BuyerName, StringComparer.Ordinal).FirstOrDefault();
        var n = 0;
        foreach (var period in invoices.GroupBy(i => i.Period).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var paidOn = period.First().DueDate.AddDays(-10);
            if (paidOn > today) continue;
            var list = period.Where(i => i.Id != overdue?.Id).Select(i => (i.Ocr!, i.Total, (string?)i.BuyerName)).ToList();
            if (n == 0) list.Add(("12345", 250_000, "Okänd inbetalare")); // a reference that names no invoice
            var file = BgMax.Write($"{paidOn:yyyyMMdd}0930{n:00}000000", feeSettings.Bankgiro!, [(paidOn, list)]);
            var imported = await payments.ImportAsync($"BgMax_{paidOn:yyyyMMdd}.txt", file, Actor, ct);
            if (!imported.Succeeded) throw new InvalidOperationException($"Demo BgMax import: {imported.Message} {string.Join(" ", imported.Errors?.SelectMany(e => e.Value) ?? [])}");
            n++;
        }
    }
}
