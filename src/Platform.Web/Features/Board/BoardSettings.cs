using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Features.Board;

public enum PostingMode
{
    /// <summary>The adjustment is posted on the notice board the moment the last adjuster approves.</summary>
    Automatic,
    /// <summary>The kansli posts by hand and is reminded every morning until it has.</summary>
    Remind,
}

/// <summary>
/// How an association's board work runs by itself: when notices go out, when adjusters are
/// reminded, whether adjusted minutes are posted automatically and how long notices stay up after
/// the appeal period. One row per tenant database; the defaults hold until the kansli saves.
/// </summary>
public sealed class BoardSettings
{
    public const int SingletonId = 1;
    public const int DefaultNoticeDays = 7;
    public const int DefaultAdjusterReminderDays = 3;

    public int Id { get; init; } = SingletonId;
    /// <summary>The kallelse goes out this many days before the meeting (at 07.00 Swedish time).</summary>
    public int NoticeDaysBefore { get; set; } = DefaultNoticeDays;
    /// <summary>An adjuster who has not approved is reminded every this many days.</summary>
    public int AdjusterReminderDays { get; set; } = DefaultAdjusterReminderDays;
    public PostingMode PostingMode { get; set; } = PostingMode.Automatic;
    /// <summary>Days a notice stays up after its earliest takedown day before it is taken down automatically.</summary>
    public int KeepPostingDays { get; set; }
}

public sealed class BoardSettingsInput
{
    public int? NoticeDaysBefore { get; set; }
    public int? AdjusterReminderDays { get; set; }
    /// <summary>Automatic or Remind.</summary>
    public string? PostingMode { get; set; }
    public int? KeepPostingDays { get; set; }
}

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

    public async Task<BoardResult<BoardSettings>> SaveAsync(BoardSettingsInput input, CancellationToken ct)
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
        if (errors.Any) return Board.Invalid(errors);

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
        return Board.Ok(settings);
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
