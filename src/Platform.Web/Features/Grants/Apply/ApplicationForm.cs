using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Features.Fees;
using Platform.Features.Grants.Model;
using Platform.Features.Members;
using Platform.Infrastructure;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Grants.Apply;

/// <summary>
/// The public application form: a draft saved and continued from an emailed link, then submitted as a frozen
/// version with a PDF receipt. Nothing is written when the form has errors or no contact email.
/// </summary>
internal sealed class ApplicationForm(
    TenantDb db, TimeProvider clock, EmailOutbox outbox, DocumentUploads uploads, IDocumentStore store,
    TenantContext tenant, IOptions<PlatformOptions> platform)
{
    public const string Applicant = "Sökande";

    public async Task<ApplicationTemplate> TemplateAsync(CancellationToken ct)
    {
        var today = SwedishTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var members = (await db.Members.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct)).Where(m => m.IsMemberOn(today)).ToList();
        var settings = await db.GrantSettings.AsNoTracking().FirstOrDefaultAsync(ct);
        return new ApplicationTemplate(
            settings?.Introduction,
            members,
            await db.TemplateSections.AsNoTracking().Where(s => s.Active).OrderBy(s => s.Order).ToListAsync(ct),
            await db.CostTypes.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Order).ToListAsync(ct));
    }

    /// <summary>The application the key opens: a draft, or one sent back for a supplement; otherwise null (404).</summary>
    public async Task<FundingApplication?> FindAsync(string? key, CancellationToken ct)
    {
        if (!SecretTokens.IsWellFormed(key)) return null;
        var hash = SecretTokens.Hash(key!);
        return await db.FundingApplications.FirstOrDefaultAsync(
            a => a.AccessKeyHash == hash && (a.State == ApplicationState.Draft || a.State == ApplicationState.SupplementRequested), ct);
    }

    /// <summary>The office's open request, shown above the form of an application sent back.</summary>
    public Task<SupplementRequest?> OpenRequestAsync(Guid applicationId, CancellationToken ct) =>
        db.SupplementRequests.AsNoTracking().Where(r => r.ApplicationId == applicationId && r.AnsweredAt == null)
            .OrderByDescending(r => r.RequestedAt).FirstOrDefaultAsync(ct);

    public Task<List<ApplicationAttachment>> AttachmentsAsync(Guid applicationId, CancellationToken ct) =>
        db.ApplicationAttachments.AsNoTracking().Where(a => a.ApplicationId == applicationId).OrderBy(a => a.UploadedAt).ToListAsync(ct);

    /// <summary>The form as saved, to continue it.</summary>
    public async Task<ApplicationInput> InputOfAsync(FundingApplication a, CancellationToken ct)
    {
        var sections = await db.TemplateSections.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Key, ct);
        var input = new ApplicationInput
        {
            ApplicantMemberId = a.ApplicantMemberId?.ToString(),
            ApplicantOrganisation = a.ApplicantOrganisation,
            ApplicantUnit = a.ApplicantUnit,
            ApplicantSignatory = a.ApplicantSignatory,
            ApplicantOrganisationNumber = a.ApplicantOrganisationNumber,
            ApplicantStreet = a.ApplicantStreet,
            ApplicantPostalCode = a.ApplicantPostalCode,
            ApplicantCity = a.ApplicantCity,
            ContactName = a.ContactName,
            ContactPhone = a.ContactPhone,
            ContactEmail = a.ContactEmail,
            PaymentAccountKind = a.PaymentAccountKind?.ToString(),
            PaymentAccount = a.PaymentAccount,
            Title = a.Title,
            PeriodStart = a.PeriodStart?.ToString("yyyy-MM-dd", SwedishTime.Culture),
            PeriodEnd = a.PeriodEnd?.ToString("yyyy-MM-dd", SwedishTime.Culture),
            Summary = a.Summary,
            Parties = await db.ApplicationParties.AsNoTracking().Where(p => p.ApplicationId == a.Id).OrderBy(p => p.Order).Select(p => new PartyInput
            {
                MemberId = p.MemberId == null ? PartyInput.Other : p.MemberId.ToString(),
                Organisation = p.MemberId == null ? p.Organisation : null,
                Unit = p.Unit,
                Signatory = p.Signatory,
                ContactName = p.ContactName,
                ContactPhone = p.ContactPhone,
                ContactEmail = p.ContactEmail,
            }).ToListAsync(ct),
            Goals = await db.ApplicationGoals.AsNoTracking().Where(g => g.ApplicationId == a.Id).OrderBy(g => g.Order)
                .Select(g => new GoalInput { Text = g.Text, Indicator = g.Indicator }).ToListAsync(ct),
        };
        foreach (var answer in await db.SectionAnswers.AsNoTracking().Where(s => s.ApplicationId == a.Id).ToListAsync(ct))
            if (sections.TryGetValue(answer.SectionId, out var key)) input.Sections[key] = answer.Text;
        foreach (var line in await db.BudgetLines.AsNoTracking().Include(l => l.Amounts).Where(l => l.ApplicationId == a.Id).ToListAsync(ct))
        {
            if (line.Specification is not null) input.Specifications[$"{line.CostTypeId:N}"] = line.Specification;
            foreach (var amount in line.Amounts) input.Budget[ApplicationInput.CellKey(line.CostTypeId, amount.Year)] = Money.Kronor(amount.Amount)[..^3];
        }
        return input;
    }

    /// <summary>
    /// Saves the draft (a new one when <paramref name="existing"/> is null: numbered, with a link sent to the contact).
    /// Returns the new link's key for a new draft, or null for a saved one.
    /// </summary>
    public async Task<Outcome<string?>> SaveDraftAsync(FundingApplication? existing, ApplicationInput input, IFormFile? upload, CancellationToken ct)
    {
        var template = await TemplateAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var application = existing ?? new FundingApplication { Id = Guid.CreateVersion7(clock.GetUtcNow()), Number = await NextNumberAsync(ct), State = ApplicationState.Draft, CreatedAt = now };
        var errors = new FieldErrors();
        var rows = ApplicationReader.Read(input, application, template, errors, submit: false);
        if (errors.Any) return Outcomes.Invalid(errors);
        if (await StoreUploadAsync(application, upload, ct) is { } refused) return refused;

        string? key = null;
        if (existing is null)
        {
            key = SecretTokens.New();
            application.AccessKeyHash = SecretTokens.Hash(key);
            application.AccessKeyIssuedAt = now;
            db.FundingApplications.Add(application);
            db.ApplicationEvents.Add(new ApplicationEvent { Id = Guid.CreateVersion7(clock.GetUtcNow()), ApplicationId = application.Id, At = now, Actor = Applicant, Text = "Utkast sparades", State = ApplicationState.Draft });
            await outbox.QueueAsync(new EmailMessage(
                $"{OutboxMessage.SecretPrefix}grant-draft:{application.Id}",
                [new EmailRecipient(application.ContactEmail, application.ContactName)],
                new EmailContent(
                    $"Ditt utkast till ansökan om medel ({tenant.Current.Name})",
                    "Ditt utkast är sparat",
                    [
                        $"Du har sparat ett utkast till ansökan om medel hos {tenant.Current.Name}. Med länken nedan fortsätter du där du slutade och skickar in ansökan när den är klar.",
                        "Länken är personlig: dela den bara med dem som ska skriva ansökan med dig.",
                    ],
                    Link: new EmailLink("Fortsätt med ansökan", LinkOf(key)))), ct);
        }
        application.UpdatedAt = now;
        await ReplaceRowsAsync(application, rows, ct);
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(key);
    }

    /// <summary>Submits: full checks, then a frozen version with its PDF, the link closed, history and a receipt with the PDF.</summary>
    public async Task<Outcome<int>> SubmitAsync(FundingApplication? existing, ApplicationInput input, IFormFile? upload, CancellationToken ct)
    {
        var template = await TemplateAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var application = existing ?? new FundingApplication { Id = Guid.CreateVersion7(clock.GetUtcNow()), Number = await NextNumberAsync(ct), State = ApplicationState.Draft, CreatedAt = now };
        var errors = new FieldErrors();
        var rows = ApplicationReader.Read(input, application, template, errors, submit: true);
        if (errors.Any) return Outcomes.Invalid(errors);
        if (await StoreUploadAsync(application, upload, ct) is { } refused) return refused;
        if (existing is null)
        {
            db.FundingApplications.Add(application);
        }
        var revised = application.State == ApplicationState.SupplementRequested;
        await ReplaceRowsAsync(application, rows, ct);

        var version = await db.ApplicationVersions.Where(v => v.ApplicationId == application.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        version++;
        var attachments = await db.ApplicationAttachments.AsNoTracking().Where(a => a.ApplicationId == application.Id).Select(a => a.FileName).ToListAsync(ct);
        attachments.AddRange(db.ChangeTracker.Entries<ApplicationAttachment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.FileName));
        var pdf = ApplicationPdf.Render(tenant.Current.Name, application, version, template, rows, attachments, now);
        using var pdfStream = new MemoryStream(pdf);
        var stored = await store.SaveAsync(pdfStream, "application/pdf", ct);
        db.ApplicationVersions.Add(new ApplicationVersion
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            ApplicationId = application.Id,
            Number = version,
            SubmittedAt = now,
            Content = JsonSerializer.Serialize(input, Json),
            PdfStorageKey = stored.Key,
        });
        application.State = ApplicationState.Submitted;
        application.SubmittedAt = now;
        application.UpdatedAt = now;
        application.AccessKeyHash = null;
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            ApplicationId = application.Id,
            At = now,
            Actor = Applicant,
            Text = revised ? "Reviderad ansökan skickades in" : "Ansökan skickades in",
            State = ApplicationState.Submitted,
        });
        if (revised)
            foreach (var request in await db.SupplementRequests.Where(r => r.ApplicationId == application.Id && r.AnsweredAt == null).ToListAsync(ct))
                request.AnsweredAt = now;
        var what = revised ? "reviderade ansökan" : "ansökan";
        await outbox.QueueAsync(new EmailMessage(
            $"grant-receipt:{application.Id}:{version}",
            [new EmailRecipient(application.ContactEmail, application.ContactName)],
            new EmailContent(
                $"Kvitto: {what} {application.Number} är inskickad ({tenant.Current.Name})",
                revised ? "Tack för den reviderade ansökan" : "Tack för ansökan",
                [
                    $"{tenant.Current.Name} har tagit emot {what} om medel för {application.Title} ({SwedishTime.DateOf(now):yyyy-MM-dd}). Den har nummer {application.Number}.",
                    "Ansökan finns bifogad som PDF. Förbundet hör av sig när den har beretts.",
                ]),
            [new EmailFile($"Ansokan-{application.Number}{(version > 1 ? $"-version-{version}" : "")}.pdf", "application/pdf", pdf)]), ct);
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(application.Number);
    }

    /// <summary>Removes an attachment of the draft the key opened.</summary>
    public async Task<Outcome<Done>> RemoveAttachmentAsync(FundingApplication application, Guid attachmentId, CancellationToken ct)
    {
        var attachment = await db.ApplicationAttachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.ApplicationId == application.Id, ct);
        if (attachment is null) return Outcomes.NotFound("Bilagan finns inte.");
        db.ApplicationAttachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
        await store.DeleteAsync(attachment.StorageKey, ct);
        return Outcomes.Done();
    }

    // Readable Swedish in the stored JSON (å, ä, ö as themselves); it is never written into HTML unencoded.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    private Uri LinkOf(string key) => platform.Value.AssociationUrl(tenant.Current.Slug, $"/ansok/{key}");

    private async Task<Failure?> StoreUploadAsync(FundingApplication application, IFormFile? upload, CancellationToken ct)
    {
        if (upload is not { Length: > 0 }) return null;
        await using var content = upload.OpenReadStream();
        var stored = await uploads.StoreAsync(Path.GetFileName(upload.FileName), content, ct);
        if (!stored.Succeeded) return Outcomes.Invalid("Upload", stored.Problem ?? "Filen kunde inte tas emot.");
        db.ApplicationAttachments.Add(new ApplicationAttachment
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            ApplicationId = application.Id,
            FileName = Path.GetFileName(upload.FileName),
            ContentType = stored.Value!.ContentType,
            Length = stored.Value.Length,
            StorageKey = stored.Value.Key,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        });
        return null;
    }

    private async Task<int> NextNumberAsync(CancellationToken ct) => (await db.FundingApplications.MaxAsync(a => (int?)a.Number, ct) ?? 0) + 1;

    private async Task ReplaceRowsAsync(FundingApplication application, ApplicationRows rows, CancellationToken ct)
    {
        db.ApplicationParties.RemoveRange(await db.ApplicationParties.Where(p => p.ApplicationId == application.Id).ToListAsync(ct));
        db.ApplicationGoals.RemoveRange(await db.ApplicationGoals.Where(g => g.ApplicationId == application.Id).ToListAsync(ct));
        db.BudgetLines.RemoveRange(await db.BudgetLines.Include(l => l.Amounts).Where(l => l.ApplicationId == application.Id).ToListAsync(ct));
        db.ApplicationParties.AddRange(rows.Parties);
        // An answer's key is (application, section): changed in place, not removed and added again.
        var answers = await db.SectionAnswers.Where(s => s.ApplicationId == application.Id).ToListAsync(ct);
        foreach (var answer in answers.Where(a => !rows.Answers.Any(r => r.SectionId == a.SectionId))) db.SectionAnswers.Remove(answer);
        foreach (var answer in rows.Answers)
        {
            if (answers.FirstOrDefault(a => a.SectionId == answer.SectionId) is { } kept) kept.Text = answer.Text;
            else db.SectionAnswers.Add(answer);
        }
        db.ApplicationGoals.AddRange(rows.Goals);
        db.BudgetLines.AddRange(rows.Budget);
    }
}
