using Platform.Features.Fees;
using Platform.Features.Grants.Model;
using Platform.Features.Members;

namespace Platform.Features.Grants.Apply;

/// <summary>
/// Reads the form onto an application: every field checked at once, errors keyed by the form's own field paths
/// ("ApplicantOrganisationNumber", "Parties[1].MemberId", "Budget[…_2024]"). A draft checks what is filled in;
/// submitting also asks for everything required.
/// </summary>
internal static class ApplicationReader
{
    public const string TwoMembers = "Ansökan ska omfatta minst två av förbundets medlemmar: välj en annan medlem som samverkanspart än den sökande, eller välj den sökandes medlem.";

    public static ApplicationRows Read(ApplicationInput input, FundingApplication application, ApplicationTemplate template, FieldErrors errors, bool submit)
    {
        var members = template.Members.ToDictionary(m => m.Id);
        Guid? Member(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (Guid.TryParse(value, out var id) && members.ContainsKey(id)) return id;
            errors.Add(field, "Välj en medlem i listan.");
            return null;
        }

        application.ApplicantMemberId = Member("ApplicantMemberId", input.ApplicantMemberId);
        if (submit && application.ApplicantMemberId is null) errors.Add("ApplicantMemberId", "Välj vilken av förbundets medlemmar den sökande hör till.");
        application.ApplicantOrganisation = errors.Text("ApplicantOrganisation", input.ApplicantOrganisation, "organisationens namn", 200, submit) ?? "";
        application.ApplicantUnit = errors.Text("ApplicantUnit", input.ApplicantUnit, "enhet", 200);
        application.ApplicantSignatory = errors.Text("ApplicantSignatory", input.ApplicantSignatory, "vem som får teckna avtal", 200, submit);
        var org = errors.Text("ApplicantOrganisationNumber", input.ApplicantOrganisationNumber, "organisationsnummer", 20, submit);
        application.ApplicantOrganisationNumber = org is null ? null : OrganisationNumber.Normalize(org);
        if (org is not null && application.ApplicantOrganisationNumber is null)
            errors.Add("ApplicantOrganisationNumber", "Organisationsnumret stämmer inte: ange tio siffror, till exempel 212000-2411, och kontrollera siffrorna.");
        application.ApplicantStreet = errors.Text("ApplicantStreet", input.ApplicantStreet, "utdelningsadress", 200, submit);
        var postal = errors.Text("ApplicantPostalCode", input.ApplicantPostalCode, "postnummer", 10, submit);
        if (postal is not null)
        {
            var digits = postal.Replace(" ", "", StringComparison.Ordinal);
            if (digits.Length == 5 && digits.All(char.IsAsciiDigit)) application.ApplicantPostalCode = $"{digits[..3]} {digits[3..]}";
            else errors.Add("ApplicantPostalCode", "Ange postnumret med fem siffror, till exempel 851 85.");
        }
        else application.ApplicantPostalCode = null;
        application.ApplicantCity = errors.Text("ApplicantCity", input.ApplicantCity, "ort", 100, submit);
        application.ContactName = errors.Text("ContactName", input.ContactName, "kontaktpersonens namn", 200, submit);
        application.ContactPhone = errors.Text("ContactPhone", input.ContactPhone, "telefonnummer", 40, submit);
        application.ContactEmail = errors.Email("ContactEmail", input.ContactEmail, required: true) ?? "";

        var account = errors.Text("PaymentAccount", input.PaymentAccount, "bankgiro- eller plusgironummer", 20, submit);
        var plusgiro = string.Equals(input.PaymentAccountKind, nameof(PaymentAccountKind.Plusgiro), StringComparison.OrdinalIgnoreCase);
        application.PaymentAccountKind = account is null ? null : plusgiro ? PaymentAccountKind.Plusgiro : PaymentAccountKind.Bankgiro;
        application.PaymentAccount = account is null ? null : plusgiro ? PaymentAccounts.Plusgiro(account) : Bankgiro.Normalize(account);
        if (account is not null && application.PaymentAccount is null)
            errors.Add("PaymentAccount", plusgiro
                ? "Plusgironumret stämmer inte: ange 2–8 siffror, till exempel 1234567-8, och kontrollera siffrorna."
                : "Bankgironumret stämmer inte: ange 7 eller 8 siffror, till exempel 5050-1055, och kontrollera siffrorna.");

        // The cooperating parties: blank rows are left out; each filled row needs a member or another organisation's name.
        var parties = new List<ApplicationParty>();
        for (var i = 0; i < input.Parties.Count; i++)
        {
            var row = input.Parties[i];
            if (row.IsBlank) continue;
            var p = $"Parties[{i}].";
            var other = string.Equals(row.MemberId, PartyInput.Other, StringComparison.Ordinal);
            var memberId = other ? null : Member(p + "MemberId", row.MemberId);
            var name = errors.Text(p + "Organisation", row.Organisation, "organisationens namn", 200, other);
            if (!other && memberId is null && string.IsNullOrWhiteSpace(row.MemberId)) errors.Add(p + "MemberId", "Välj medlem, eller Annan organisation.");
            parties.Add(new ApplicationParty
            {
                Id = Guid.NewGuid(),
                ApplicationId = application.Id,
                Order = parties.Count + 1,
                MemberId = memberId,
                Organisation = name ?? (memberId is { } m ? members[m].Name : ""),
                Unit = errors.Text(p + "Unit", row.Unit, "enhet", 200),
                Signatory = errors.Text(p + "Signatory", row.Signatory, "vem som får teckna avtal", 200, submit),
                ContactName = errors.Text(p + "ContactName", row.ContactName, "kontaktpersonens namn", 200, submit),
                ContactPhone = errors.Text(p + "ContactPhone", row.ContactPhone, "telefonnummer", 40),
                ContactEmail = errors.Email(p + "ContactEmail", row.ContactEmail, submit),
            });
        }
        if (submit)
        {
            if (parties.Count == 0) errors.Add("Parties[0].MemberId", "Ange minst en samverkanspart.");
            var distinct = parties.Select(x => x.MemberId).Append(application.ApplicantMemberId).OfType<Guid>().Distinct().Count();
            if (distinct < 2 && parties.Count > 0)
                errors.Add($"Parties[{input.Parties.FindIndex(x => !x.IsBlank)}].MemberId", TwoMembers);
        }

        application.Title = errors.Text("Title", input.Title, "insatsens namn", 200, submit) ?? "";
        application.PeriodStart = errors.Date("PeriodStart", input.PeriodStart, "första dagen", submit);
        application.PeriodEnd = errors.Date("PeriodEnd", input.PeriodEnd, "sista dagen", submit);
        if (application.PeriodStart is { } start && application.PeriodEnd is { } end)
        {
            if (end < start) errors.Add("PeriodEnd", "Sista dagen kan inte vara före den första.");
            else if (end.Year - start.Year > 9) errors.Add("PeriodEnd", "En ansökan kan gälla högst tio år.");
        }
        application.Summary = errors.Text("Summary", input.Summary, "en sammanfattning", 4000, submit);

        var answers = new List<SectionAnswer>();
        foreach (var section in template.Sections)
        {
            var text = errors.Text($"Sections[{section.Key}]", input.Sections.GetValueOrDefault(section.Key), $"text under {section.Title}", 20000, submit && section.Required);
            if (text is not null) answers.Add(new SectionAnswer { ApplicationId = application.Id, SectionId = section.Id, Text = text });
        }

        var goals = new List<ApplicationGoal>();
        for (var i = 0; i < input.Goals.Count; i++)
        {
            if (input.Goals[i].IsBlank) continue;
            goals.Add(new ApplicationGoal
            {
                Id = Guid.NewGuid(),
                ApplicationId = application.Id,
                Order = goals.Count + 1,
                Text = errors.Text($"Goals[{i}].Text", input.Goals[i].Text, "målet", 500, true) ?? "",
                Indicator = errors.Text($"Goals[{i}].Indicator", input.Goals[i].Indicator, "indikatorn", 500, submit),
            });
        }
        if (submit && goals.Count == 0) errors.Add("Goals[0].Text", "Ange minst ett mål med en indikator.");

        var years = ApplicationPeriod.Years(application.PeriodStart, application.PeriodEnd);
        var lines = new List<BudgetLine>();
        foreach (var type in template.CostTypes)
        {
            var line = new BudgetLine { Id = Guid.NewGuid(), ApplicationId = application.Id, CostTypeId = type.Id };
            foreach (var (key, text) in input.Budget)
            {
                if (string.IsNullOrWhiteSpace(text) || !key.StartsWith($"{type.Id:N}_", StringComparison.Ordinal)) continue;
                var field = $"Budget[{key}]";
                if (!int.TryParse(key.AsSpan(33), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)) continue;
                var (amount, problem) = BudgetAmounts.Parse(text);
                if (problem is not null) errors.Add(field, problem);
                else if ((years.Count > 0 || submit) && !years.Contains(year)) errors.Add(field, "Året ligger utanför ansökans period.");
                else if (amount > 0) line.Amounts.Add(new BudgetAmount { LineId = line.Id, Year = year, Amount = amount!.Value });
            }
            var specification = errors.Text($"Specifications[{type.Id:N}]", input.Specifications.GetValueOrDefault($"{type.Id:N}"), "vilka kostnader det är", 200);
            if (type.RequiresSpecification && line.Amounts.Count > 0 && specification is null)
                errors.Add($"Specifications[{type.Id:N}]", $"Ange vilka kostnader {type.Name.ToLowerInvariant()} är.");
            line.Specification = specification;
            if (line.Amounts.Count > 0 || specification is not null) lines.Add(line);
        }
        if (submit && lines.Sum(l => l.Amounts.Sum(a => a.Amount)) <= 0)
            errors.Add(template.CostTypes.Count > 0 && years.Count > 0 ? $"Budget[{ApplicationInput.CellKey(template.CostTypes[0].Id, years[0])}]" : "PeriodStart", "Ange budgeten: minst ett belopp för något år.");

        return new ApplicationRows(parties, answers, goals, lines);
    }
}
