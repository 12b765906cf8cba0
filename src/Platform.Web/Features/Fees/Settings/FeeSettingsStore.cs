using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Model;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Features.Fees.Settings;

/// <summary>Reads and saves the association's <see cref="FeeSettings"/>.</summary>
internal sealed class FeeSettingsStore(TenantDb db, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<InvoiceSchedule, string> Schedules = new Dictionary<InvoiceSchedule, string>
    {
        [InvoiceSchedule.Yearly] = "en gång om året",
        [InvoiceSchedule.HalfYearly] = "varje halvår",
        [InvoiceSchedule.Quarterly] = "varje kvartal",
    };

    public static readonly IReadOnlyDictionary<JoinLeaveRule, string> JoinLeaveRules = new Dictionary<JoinLeaveRule, string>
    {
        [JoinLeaveRule.ProRataMonths] = "i proportion till antalet månader som medlem",
        [JoinLeaveRule.WholeYear] = "helt år för den som är medlem någon dag under året",
    };

    public async Task<FeeSettings> GetAsync(CancellationToken ct) =>
        await db.Set<FeeSettings>().AsNoTracking().SingleOrDefaultAsync(ct) ?? new FeeSettings();

    public async Task<Outcome<FeeSettings>> SaveAsync(FeeSettingsInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var schedule = errors.Enum("schedule", input.Schedule, Schedules);
        if (input.InvoiceDay is not (>= 1 and <= 28)) errors.Add("invoiceDay", "Ange fakturadag som ett tal från 1 till 28.");
        if (input.DaysToPay is not (>= 10 and <= 90)) errors.Add("daysToPay", "Ange betalningsvillkor som 10 till 90 dagar.");
        if (input.VatPercent is not (0 or 6 or 12 or 25)) errors.Add("vatPercent", "Ange moms som 0, 6, 12 eller 25 procent (medlemsavgifter är normalt momsfria: 0).");
        if (input.ReminderDays is not (>= 1 and <= 60)) errors.Add("reminderDays", "Ange antal dagar efter förfallodagen som ett tal från 1 till 60.");
        if (input.ReminderLevels is not (>= 0 and <= 3)) errors.Add("reminderLevels", "Ange antal påminnelser från 0 till 3.");
        var rule = errors.Enum("joinLeaveRule", input.JoinLeaveRule, JoinLeaveRules);
        if (input.FirstInvoiceNumber is not (>= 1 and <= 99_999_999)) errors.Add("firstInvoiceNumber", "Ange första fakturanummer, 1 till 99 999 999.");
        var organisationNumber = OrganisationNumber.Normalize(input.OrganisationNumber);
        if (organisationNumber is null) errors.Add("organisationNumber", "Ange förbundets organisationsnummer, NNNNNN-NNNN med rätt kontrollsiffra.");
        var bankgiro = Bankgiro.Normalize(input.Bankgiro);
        if (bankgiro is null) errors.Add("bankgiro", "Ange ett giltigt bankgironummer, 7 eller 8 siffror som 123-4567 eller 1234-5678 (kontrollsiffran stämmer inte).");
        var street = errors.Text("street", input.Street, "utdelningsadress", 200, required: true);
        var postalCode = errors.Text("postalCode", input.PostalCode, "postnummer", 10, required: true);
        if (postalCode is not null && !System.Text.RegularExpressions.Regex.IsMatch(postalCode, @"^\d{3} ?\d{2}$"))
            errors.Add("postalCode", "Ange postnummer som 123 45.");
        var city = errors.Text("city", input.City, "ort", 100, required: true);
        if (errors.Any) return Outcomes.Invalid(errors);

        var saved = await db.Set<FeeSettings>().SingleOrDefaultAsync(ct);
        var year = Infrastructure.SwedishTime.Today(clock).Year;
        if (saved is not null && saved.Schedule != schedule && await db.Invoices.AnyAsync(i => i.Year == year && i.Kind == InvoiceKind.Invoice, ct))
        {
            errors.Add("schedule", $"Det finns redan fakturor för {year} enligt nuvarande intervall. Byt intervall vid årsskiftet.");
            return Outcomes.Invalid(errors);
        }
        if (saved is null)
        {
            saved = new FeeSettings();
            db.Add(saved);
        }
        saved.Schedule = schedule;
        saved.InvoiceDay = input.InvoiceDay!.Value;
        saved.DaysToPay = input.DaysToPay!.Value;
        saved.VatPercent = input.VatPercent!.Value;
        saved.ReminderDays = input.ReminderDays!.Value;
        saved.ReminderLevels = input.ReminderLevels!.Value;
        saved.JoinLeaveRule = rule;
        saved.FirstInvoiceNumber = input.FirstInvoiceNumber!.Value;
        saved.OrganisationNumber = organisationNumber;
        saved.Bankgiro = bankgiro;
        saved.Street = street;
        saved.PostalCode = postalCode!.Length == 5 ? $"{postalCode[..3]} {postalCode[3..]}" : postalCode;
        saved.City = city;
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(saved);
    }
}
