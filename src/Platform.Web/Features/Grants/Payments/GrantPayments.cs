using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees;
using Platform.Features.Grants.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Grants.Payments;

/// <summary>
/// The payments of grants, one service for the pages and the API: the money of an application with each
/// payment's status, paying a payment that is ready, undoing a payment registered by mistake, adding a
/// planned payment, and the payments due across all grants. No payment makes paid + planned exceed the grant.
/// </summary>
internal sealed class GrantPayments(TenantDb db, TimeProvider clock, AuditLog audit)
{
    public const string NoApplication = "Ansökan finns inte.";
    public const string NoPayment = "Utbetalningen finns inte.";

    /// <summary>The money of one application (not a draft), or null.</summary>
    public async Task<GrantMoney?> ReadAsync(Guid applicationId, CancellationToken ct)
    {
        var application = await db.FundingApplications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.State != ApplicationState.Draft, ct);
        return application is null ? null : (await ReadAsync([application], ct))[0];
    }

    /// <summary>The money of every application that is not a draft, by number.</summary>
    public async Task<List<GrantMoney>> ListAsync(CancellationToken ct)
    {
        var applications = await db.FundingApplications.AsNoTracking().Where(a => a.State != ApplicationState.Draft).OrderBy(a => a.Number).ToListAsync(ct);
        return await ReadAsync(applications, ct);
    }

    /// <summary>The money of <paramref name="applications"/>, in their order, in a fixed number of queries.</summary>
    public async Task<List<GrantMoney>> ReadAsync(IReadOnlyList<FundingApplication> applications, CancellationToken ct)
    {
        if (applications.Count == 0) return []; // the start page asks on every visit, usually with none due
        var ids = applications.Select(a => a.Id).ToList();
        var years = (await db.GrantYears.AsNoTracking().Where(y => ids.Contains(y.ApplicationId)).ToListAsync(ct)).ToLookup(y => y.ApplicationId);
        var payments = (await db.GrantPayments.AsNoTracking().Where(p => ids.Contains(p.ApplicationId)).ToListAsync(ct)).ToLookup(p => p.ApplicationId);
        var approved = (await db.GrantReports.AsNoTracking()
                .Where(r => ids.Contains(r.ApplicationId) && r.Kind == ReportKind.Annual && r.State == ReportState.Approved)
                .Select(r => new { r.ApplicationId, r.Year, r.ApprovedOn, Costs = r.Costs.Sum(c => (long?)c.Amount) ?? 0 })
                .ToListAsync(ct))
            .ToLookup(r => r.ApplicationId);
        var today = SwedishTime.Today(clock);
        return [.. applications.Select(a =>
        {
            var approvedOn = approved[a.Id].Where(r => r.ApprovedOn is not null).ToDictionary(r => r.Year, r => r.ApprovedOn!.Value);
            var views = payments[a.Id].OrderBy(p => p.Year).ThenBy(p => p.Order)
                .Select(p => new PaymentView(p.Id, p.Year, p.Order, p.Amount, p.Condition, p.NotBefore, p.PaidOn, p.PaidBy,
                    PaymentRules.StatusOf(p, a.AgreementSignedOn, approvedOn, today), PaymentRules.ConditionMetOn(p, a.AgreementSignedOn, approvedOn)))
                .ToList();
            var toRepay = approved[a.Id]
                .Select(r => (r.Year, Amount: PaymentRules.ToRepay(views.Where(p => p.Year == r.Year && p.Status == PaymentStatus.Paid).Sum(p => p.Amount), r.Costs)))
                .Where(r => r.Amount > 0).ToDictionary(r => r.Year, r => r.Amount);
            return new GrantMoney(a.Id, a.Number, a.Title, a.ApplicantOrganisation, a.State, a.ContactEmail, a.PaymentAccountKind, a.PaymentAccount, a.AgreementSignedOn,
                years[a.Id].OrderBy(y => y.Year).ToDictionary(y => y.Year, y => y.Amount), views, toRepay);
        })];
    }

    /// <summary>Every payment ready to be paid, across the granted applications, oldest condition first.</summary>
    public async Task<List<DuePayment>> DueAsync(CancellationToken ct)
    {
        var unpaid = db.GrantPayments;
        var granted = await db.FundingApplications.AsNoTracking()
            .Where(a => a.State == ApplicationState.Granted || a.State == ApplicationState.PartlyGranted)
            .Where(a => unpaid.Any(p => p.ApplicationId == a.Id && p.PaidOn == null))
            .OrderBy(a => a.Number).ToListAsync(ct);
        return [.. (await ReadAsync(granted, ct))
            .SelectMany(m => m.Payments.Where(p => p.Status == PaymentStatus.Ready).Select(p => new DuePayment(
                m.ApplicationId, m.Number, m.Title, m.Applicant, m.AccountKind, m.Account, p.Id, p.Year, p.Amount, p.Condition, p.ConditionMetOn)))
            .OrderBy(p => p.ConditionMetOn).ThenBy(p => p.Number).ThenBy(p => p.Year)];
    }

    /// <summary>Registers that a ready payment was paid, on a day not in the future, with an amount that keeps paid + planned within the grant.</summary>
    public async Task<Outcome<PaymentView>> PayAsync(Guid applicationId, Guid paymentId, PayInput input, string actor, CancellationToken ct)
    {
        if (await ReadAsync(applicationId, ct) is not { } money) return Outcomes.NotFound(NoApplication);
        if (money.Payments.FirstOrDefault(p => p.Id == paymentId) is not { } view) return Outcomes.NotFound(NoPayment);
        if (view.Status == PaymentStatus.Paid) return Outcomes.Conflict($"Utbetalningen är redan registrerad som utbetald {view.PaidOn:yyyy-MM-dd}.");
        if (view.Status != PaymentStatus.Ready)
        {
            return Outcomes.Conflict(view.ConditionMetOn is null
                ? $"Utbetalningen är inte klar att betala: villkoret är inte uppfyllt ({view.Condition.SwedishLabel().ToLowerInvariant()})."
                : $"Utbetalningen är inte klar att betala förrän {view.NotBefore:yyyy-MM-dd}.");
        }

        var errors = new FieldErrors();
        var paidOn = errors.Date("paidOn", input.PaidOn, "utbetalningsdag");
        if (paidOn > SwedishTime.Today(clock)) errors.Add("paidOn", "Utbetalningsdagen kan inte vara senare än i dag.");
        var amount = Kronor.Read(errors, "amount", input.Amount, "beloppet");
        if (amount == 0) errors.Add("amount", "Beloppet måste vara större än noll.");
        var most = PaymentRules.MostPayable(view.Amount, money.Remaining);
        if (amount > most) errors.Add("amount", $"Beloppet är större än det som återstår av beviljade medel ({Money.Kronor(most)}).");
        if (errors.Any) return Outcomes.Invalid(errors);

        var payment = await db.GrantPayments.SingleAsync(p => p.Id == paymentId, ct);
        payment.PaidOn = paidOn;
        payment.Amount = amount!.Value;
        payment.PaidBy = actor;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantPaymentChanged, $"Ansökan {money.Number}", $"Utbetalt {Money.Kronor(payment.Amount)} den {paidOn:yyyy-MM-dd} (år {payment.Year}).", ct);
        return Outcomes.Ok(view with { Amount = payment.Amount, PaidOn = paidOn, PaidBy = actor, Status = PaymentStatus.Paid });
    }

    /// <summary>Takes back a payment registered by mistake: it is planned (or ready) again with the amount it was paid with.</summary>
    public async Task<Outcome<PaymentView>> UndoAsync(Guid applicationId, Guid paymentId, CancellationToken ct)
    {
        if (await ReadAsync(applicationId, ct) is not { } money) return Outcomes.NotFound(NoApplication);
        if (money.Payments.FirstOrDefault(p => p.Id == paymentId) is not { } view) return Outcomes.NotFound(NoPayment);
        if (view.Status != PaymentStatus.Paid) return Outcomes.Conflict("Utbetalningen är inte registrerad som utbetald.");
        var payment = await db.GrantPayments.SingleAsync(p => p.Id == paymentId, ct);
        payment.PaidOn = null;
        payment.PaidBy = null;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantPaymentChanged, $"Ansökan {money.Number}", $"Utbetalningen på {Money.Kronor(payment.Amount)} från {view.PaidOn:yyyy-MM-dd} (år {payment.Year}) ångrad.", ct);
        return Outcomes.Ok((await ReadAsync(applicationId, ct))!.Payments.Single(p => p.Id == paymentId));
    }

    /// <summary>Adds a planned payment for one of the granted years, within the remaining amount.</summary>
    public async Task<Outcome<PaymentView>> AddAsync(Guid applicationId, NewPaymentInput input, CancellationToken ct)
    {
        if (await ReadAsync(applicationId, ct) is not { } money) return Outcomes.NotFound(NoApplication);
        if (!money.IsGranted || money.Granted.Count == 0) return Outcomes.Conflict("Ansökan är inte beviljad: det finns inga beviljade medel att planera utbetalningar av.");

        var errors = new FieldErrors();
        int? year = int.TryParse(input.Year?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
        if (year is null || !money.Granted.ContainsKey(year.Value))
            errors.Add("year", $"Välj ett av de beviljade åren ({string.Join(", ", money.Granted.Keys)}).");
        var amount = Kronor.Read(errors, "amount", input.Amount, "beloppet");
        if (amount == 0) errors.Add("amount", "Beloppet måste vara större än noll.");
        if (amount > money.Remaining) errors.Add("amount", $"Beloppet är större än det som återstår av beviljade medel ({Money.Kronor(Math.Max(0, money.Remaining))}).");
        var condition = errors.Enum("condition", input.Condition, ConditionLabels);
        var notBefore = errors.Date("notBefore", input.NotBefore, "första utbetalningsdag", required: false);
        if (errors.Any) return Outcomes.Invalid(errors);

        var payment = new GrantPayment
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            ApplicationId = applicationId,
            Year = year!.Value,
            Order = money.Payments.Where(p => p.Year == year).Select(p => p.Order).DefaultIfEmpty(0).Max() + 1,
            Amount = amount!.Value,
            Condition = condition,
            NotBefore = notBefore,
        };
        db.GrantPayments.Add(payment);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.GrantPaymentChanged, $"Ansökan {money.Number}", $"Planerad utbetalning {Money.Kronor(payment.Amount)} för {payment.Year} tillagd ({condition.SwedishLabel().ToLowerInvariant()}).", ct);
        return Outcomes.Ok((await ReadAsync(applicationId, ct))!.Payments.Single(p => p.Id == payment.Id));
    }

    public static readonly IReadOnlyDictionary<PaymentCondition, string> ConditionLabels =
        Enum.GetValues<PaymentCondition>().ToDictionary(c => c, c => c.SwedishLabel());
}
