using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Features.Board.Settings;

/// <summary>Reads and saves the association's <see cref="BoardSettings"/>.</summary>
internal sealed class BoardSettingsStore(TenantDb db)
{
    public static readonly IReadOnlyDictionary<PostingMode, string> PostingModes = new Dictionary<PostingMode, string>
    {
        [PostingMode.Automatic] = "Anslå automatiskt när protokollet är justerat",
        [PostingMode.Remind] = "Påminn kansliet, som anslår själv",
    };

    public async Task<BoardSettings> GetAsync(CancellationToken ct) =>
        await db.Set<BoardSettings>().AsNoTracking().SingleOrDefaultAsync(ct) ?? new BoardSettings();

    public async Task<Outcome<BoardSettings>> SaveAsync(BoardSettingsInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (input.NoticeDaysBefore is not (>= 1 and <= 30))
            errors.Add("noticeDaysBefore", "Ange antal dagar före sammanträdet som ett tal från 1 till 30.");
        // Reminding on day 14 or later is pointless: the minutes must be adjusted by then.
        if (input.AdjusterReminderDays is not (>= 1 and <= 13))
            errors.Add("adjusterReminderDays", "Ange antal dagar som ett tal från 1 till 13.");
        var mode = errors.Enum("postingMode", input.PostingMode, PostingModes);
        if (input.KeepPostingDays is not (>= 0 and <= 90))
            errors.Add("keepPostingDays", "Ange antal extra dagar som ett tal från 0 till 90.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var settings = await db.Set<BoardSettings>().SingleOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new BoardSettings();
            db.Add(settings);
        }
        settings.NoticeDaysBefore = input.NoticeDaysBefore!.Value;
        settings.AdjusterReminderDays = input.AdjusterReminderDays!.Value;
        settings.PostingMode = mode;
        settings.KeepPostingDays = input.KeepPostingDays!.Value;
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(settings);
    }

    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<BoardSettings>(settings =>
        {
            settings.ToTable("BoardSettings", t => t.HasCheckConstraint("CK_BoardSettings_Singleton", $"Id = {BoardSettings.SingletonId}"));
            settings.HasKey(s => s.Id);
            settings.Property(s => s.Id).ValueGeneratedNever();
            settings.Property(s => s.PostingMode).HasConversion<string>().HasMaxLength(32);
        });
}
