using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Features.Board;

/// <summary>The kinds of body that meet in a samordningsförbund.</summary>
public enum BodyKind
{
    /// <summary>Styrelse.</summary>
    Board,
    /// <summary>Beredningsgrupp.</summary>
    PreparatoryGroup,
    /// <summary>Medlemssamråd.</summary>
    MembersCouncil,
    /// <summary>Styrgrupp (often of a project).</summary>
    SteeringGroup,
    /// <summary>Any other body, known by its name.</summary>
    Other,
}

/// <summary>A body that meets and keeps minutes: the board, a preparatory group, the members' council, a steering group.</summary>
public sealed class Body
{
    public Guid Id { get; init; }
    public BodyKind Kind { get; set; }
    public required string Name { get; set; }
}

/// <summary>
/// Where a body's § numbers start in a year, when they do not start at 1 (Insjöriket's § 1100).
/// Within the year numbers continue from the last one used.
/// </summary>
public sealed class ParagraphSeries
{
    public Guid BodyId { get; init; }
    public int Year { get; init; }
    public int StartsAt { get; set; }
}

/// <summary>A person who sits on a body, serves it or attends its meetings, with contact details.</summary>
public sealed class Contact
{
    public Guid Id { get; init; }
    public required string Name { get; set; }
    /// <summary>Title or party, as the minutes print it: "förbundschef", "(L)".</summary>
    public string? Title { get; set; }
    /// <summary>The organisation the person comes from: "Mölndals stad", "Försäkringskassan".</summary>
    public string? Organisation { get; set; }
    /// <summary>Also the address the person signs in with, which lets them adjust minutes.</summary>
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

public enum SeatKind
{
    /// <summary>Ordinarie ledamot.</summary>
    Member,
    /// <summary>Ersättare.</summary>
    Substitute,
}

public enum SeatPosition
{
    None,
    /// <summary>Ordförande.</summary>
    Chair,
    /// <summary>Vice ordförande.</summary>
    ViceChair,
}

/// <summary>A seat on a body for a term: an ordinarie ledamot or an ersättare, for one member party.</summary>
public sealed class Seat
{
    public Guid Id { get; init; }
    public Guid BodyId { get; init; }
    public Guid ContactId { get; set; }
    public SeatKind Kind { get; set; }
    public SeatPosition Position { get; set; }
    /// <summary>The member party the seat is for (null for bodies without party seats).</summary>
    public Guid? MemberId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    /// <summary>For a substitute: the order in which substitutes are called (1 first).</summary>
    public int? SubstituteOrder { get; set; }
}

public enum MeetingKind
{
    /// <summary>Ordinarie sammanträde.</summary>
    Ordinary,
    /// <summary>Extra sammanträde.</summary>
    Extra,
}

public enum MeetingStatus
{
    Planned,
    NoticeSent,
    Held,
    Cancelled,
}

/// <summary>A meeting (sammanträde) of a body.</summary>
public sealed class Meeting
{
    public Guid Id { get; init; }
    public Guid BodyId { get; set; }
    public MeetingKind Kind { get; set; }
    /// <summary>UTC instants; shown and entered in Swedish time.</summary>
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
    public MeetingStatus Status { get; set; }
    /// <summary>
    /// The calendar invitation's SEQUENCE (RFC 5545): raised by every change to the time, the place
    /// or the status once a notice has gone out, so that calendars replace the old invitation.
    /// </summary>
    public int Sequence { get; set; }
    /// <summary>The sequence the last notice (or cancellation) went out with; null until the first notice.</summary>
    public int? NoticeSequence { get; set; }
    public DateTime? NoticeSentAt { get; set; }
}

/// <summary>Someone invited to a meeting who holds no seat on the body (övriga inbjudna): staff, a presenter, an expert.</summary>
public sealed class Guest
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public required string Name { get; set; }
    public required string Email { get; set; }
}

/// <summary>An item (ärende) on a meeting's agenda.</summary>
public sealed class AgendaItem
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? ProposedDecision { get; set; }
}

/// <summary>A meeting paper (handling, bilaga): the file is in the association's document store.</summary>
public sealed class Paper
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public Guid? AgendaItemId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    [System.Text.Json.Serialization.JsonIgnore]
    public string StorageKey { get; init; } = "";
    /// <summary>Reachable by anyone from the public notice board.</summary>
    public bool IsPublic { get; set; }
    public DateTime UploadedAt { get; init; }
}

public enum MinutesStatus
{
    /// <summary>Being written; the kansli may change everything.</summary>
    Draft,
    /// <summary>Sent to the adjusters; nothing changes unless it is taken back to draft.</summary>
    InAdjustment,
    /// <summary>Every adjuster approved: locked for good.</summary>
    Adjusted,
}

/// <summary>The minutes (protokoll) of a meeting; one per meeting, keyed by it.</summary>
public sealed class Minutes
{
    public Guid MeetingId { get; init; }
    public MinutesStatus Status { get; set; }
    /// <summary>Who chaired the meeting (ordförande).</summary>
    public string? Chair { get; set; }
    public string? Secretary { get; set; }
    /// <summary>Where the adjusted minutes are kept, as the notice states it (KL 8 kap 10 §).</summary>
    public string? KeptAt { get; set; }
    public DateTime? SentForAdjustmentAt { get; set; }
    public DateOnly? AdjustedOn { get; set; }
    public DateTime? AdjustedAt { get; set; }
    /// <summary>Changed by every write, so that two adjusters approving at once cannot both be "the last".</summary>
    public int Version { get; set; }
}

public enum AttendanceRole
{
    /// <summary>Ordinarie ledamot.</summary>
    Member,
    /// <summary>Ersättare.</summary>
    Substitute,
    /// <summary>Övriga närvarande: staff, guests, experts.</summary>
    Other,
}

/// <summary>One line of the attendance list.</summary>
public sealed class Attendance
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public string? Organisation { get; set; }
    public AttendanceRole Role { get; set; }
    public bool Present { get; set; }
    /// <summary>For a substitute who served (tjänstgjorde): for whom.</summary>
    public string? ServingFor { get; set; }
    /// <summary>"Medverkar från § 1108", "närvarade som sakkunnig".</summary>
    public string? Note { get; set; }
}

/// <summary>An adjuster (justerare) of the minutes; approves signed in with <see cref="Email"/>.</summary>
public sealed class Adjuster
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    /// <summary>When the adjuster adjusts only some paragraphs ("§ 73").</summary>
    public string? Scope { get; set; }
    public DateTime? ApprovedAt { get; set; }
}

/// <summary>A paragraph (§) of the minutes: numbered per body through the calendar year.</summary>
public sealed class Paragraph
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public Guid BodyId { get; init; }
    public int Year { get; init; }
    public int Number { get; set; }
    public required string Title { get; set; }
    /// <summary>What was said and presented.</summary>
    public string? Text { get; set; }
    /// <summary>"Styrelsen beslutade att …"; empty for information items.</summary>
    public string? Decision { get; set; }
    /// <summary>Proposals put to the meeting, when there was more than one.</summary>
    public string? Proposals { get; set; }
    /// <summary>Votes and their result (omröstning), when there was a vote.</summary>
    public string? Voting { get; set; }
    /// <summary>Who did not take part because of a conflict of interest (jäv).</summary>
    public List<string> Recusals { get; set; } = [];
    /// <summary>Who entered a reservation against the decision.</summary>
    public List<string> Reservations { get; set; } = [];
    /// <summary>Not published on the notice board (personal data, secrecy); a note stands in its place.</summary>
    public bool NotForPublication { get; set; }
    /// <summary>Adjusted at the meeting (omedelbar justering): locked, and may be posted before the rest.</summary>
    public DateOnly? ImmediatelyAdjustedOn { get; set; }
}

/// <summary>A notice (anslag) on the association's digital notice board; its facts are copied, so the archive never changes.</summary>
public sealed class Posting
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public required string BodyName { get; init; }
    public DateOnly MeetingDate { get; init; }
    /// <summary>"§ 70–74".</summary>
    public required string Paragraphs { get; init; }
    /// <summary>Only the immediately adjusted paragraphs, before the rest of the minutes.</summary>
    public bool ImmediateOnly { get; init; }
    public DateOnly AdjustedOn { get; init; }
    public DateOnly PostedOn { get; init; }
    public DateOnly PostingDeadline { get; init; }
    public DateOnly LastAppealDay { get; init; }
    public DateOnly EarliestTakedown { get; init; }
    public bool Late { get; init; }
    public required string KeptAt { get; init; }
    public DateTime PostedAt { get; init; }
    public required string PostedBy { get; init; }
    public DateOnly? TakenDownOn { get; set; }
    public string? TakenDownBy { get; set; }
}

internal static class BoardModel
{
    extension(TenantDb db)
    {
        public DbSet<Body> Bodies => db.Set<Body>();
        public DbSet<ParagraphSeries> ParagraphSeries => db.Set<ParagraphSeries>();
        public DbSet<Contact> Contacts => db.Set<Contact>();
        public DbSet<Seat> Seats => db.Set<Seat>();
        public DbSet<Meeting> Meetings => db.Set<Meeting>();
        public DbSet<Guest> Guests => db.Set<Guest>();
        public DbSet<AgendaItem> AgendaItems => db.Set<AgendaItem>();
        public DbSet<Paper> Papers => db.Set<Paper>();
        public DbSet<Minutes> Minutes => db.Set<Minutes>();
        public DbSet<Attendance> Attendance => db.Set<Attendance>();
        public DbSet<Adjuster> Adjusters => db.Set<Adjuster>();
        public DbSet<Paragraph> Paragraphs => db.Set<Paragraph>();
        public DbSet<Posting> Postings => db.Set<Posting>();
    }

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Body>(body =>
        {
            body.ToTable("Bodies");
            body.Property(b => b.Id).ValueGeneratedNever();
            body.Property(b => b.Kind).HasConversion<string>().HasMaxLength(32);
            body.Property(b => b.Name).HasMaxLength(200);
            body.HasIndex(b => b.Name).IsUnique();
        });
        modelBuilder.Entity<ParagraphSeries>(series =>
        {
            series.ToTable("ParagraphSeries");
            series.HasKey(s => new { s.BodyId, s.Year });
            series.HasOne<Body>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Contact>(contact =>
        {
            contact.ToTable("Contacts");
            contact.Property(c => c.Id).ValueGeneratedNever();
            contact.Property(c => c.Name).HasMaxLength(200);
            contact.Property(c => c.Title).HasMaxLength(200);
            contact.Property(c => c.Organisation).HasMaxLength(200);
            contact.Property(c => c.Email).HasMaxLength(254);
            contact.Property(c => c.Phone).HasMaxLength(40);
            contact.HasIndex(c => c.Name);
        });
        modelBuilder.Entity<Seat>(seat =>
        {
            seat.ToTable("Seats");
            seat.Property(s => s.Id).ValueGeneratedNever();
            seat.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
            seat.Property(s => s.Position).HasConversion<string>().HasMaxLength(32);
            seat.HasOne<Body>().WithMany().HasForeignKey(s => s.BodyId).OnDelete(DeleteBehavior.Cascade);
            seat.HasOne<Contact>().WithMany().HasForeignKey(s => s.ContactId).OnDelete(DeleteBehavior.Restrict);
            seat.HasOne<Members.Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Meeting>(meeting =>
        {
            meeting.ToTable("Meetings");
            meeting.Property(m => m.Id).ValueGeneratedNever();
            meeting.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
            meeting.Property(m => m.Status).HasConversion<string>().HasMaxLength(32);
            meeting.Property(m => m.Place).HasMaxLength(300);
            meeting.Property(m => m.VideoLink).HasMaxLength(500);
            meeting.HasOne<Body>().WithMany().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Restrict);
            meeting.HasIndex(m => m.StartsAt);
        });
        modelBuilder.Entity<Guest>(guest =>
        {
            guest.ToTable("Guests");
            guest.Property(g => g.Id).ValueGeneratedNever();
            guest.Property(g => g.Name).HasMaxLength(200);
            guest.Property(g => g.Email).HasMaxLength(254);
            guest.HasOne<Meeting>().WithMany().HasForeignKey(g => g.MeetingId).OnDelete(DeleteBehavior.Cascade);
            guest.HasIndex(g => new { g.MeetingId, g.Email }).IsUnique();
        });
        modelBuilder.Entity<AgendaItem>(item =>
        {
            item.ToTable("AgendaItems");
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property(i => i.Title).HasMaxLength(300);
            item.HasOne<Meeting>().WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
            item.HasIndex(i => new { i.MeetingId, i.Order });
        });
        modelBuilder.Entity<Paper>(paper =>
        {
            paper.ToTable("Papers");
            paper.Property(p => p.Id).ValueGeneratedNever();
            paper.Property(p => p.FileName).HasMaxLength(255);
            paper.Property(p => p.ContentType).HasMaxLength(100);
            paper.Property(p => p.StorageKey).HasMaxLength(64);
            paper.HasIndex(p => p.StorageKey).IsUnique();
            paper.HasOne<Meeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
            paper.HasOne<AgendaItem>().WithMany().HasForeignKey(p => p.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<Minutes>(minutes =>
        {
            minutes.ToTable("Minutes");
            minutes.HasKey(m => m.MeetingId);
            minutes.Property(m => m.Status).HasConversion<string>().HasMaxLength(32);
            minutes.Property(m => m.Chair).HasMaxLength(200);
            minutes.Property(m => m.Secretary).HasMaxLength(200);
            minutes.Property(m => m.KeptAt).HasMaxLength(400);
            minutes.Property(m => m.Version).IsConcurrencyToken();
            minutes.HasOne<Meeting>().WithOne().HasForeignKey<Minutes>(m => m.MeetingId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Attendance>(attendance =>
        {
            attendance.ToTable("Attendance");
            attendance.Property(a => a.Id).ValueGeneratedNever();
            attendance.Property(a => a.Name).HasMaxLength(200);
            attendance.Property(a => a.Organisation).HasMaxLength(200);
            attendance.Property(a => a.Role).HasConversion<string>().HasMaxLength(32);
            attendance.Property(a => a.ServingFor).HasMaxLength(200);
            attendance.Property(a => a.Note).HasMaxLength(400);
            attendance.HasOne<Minutes>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Adjuster>(adjuster =>
        {
            adjuster.ToTable("Adjusters");
            adjuster.Property(a => a.Id).ValueGeneratedNever();
            adjuster.Property(a => a.Name).HasMaxLength(200);
            adjuster.Property(a => a.Email).HasMaxLength(254);
            adjuster.Property(a => a.Scope).HasMaxLength(100);
            adjuster.HasOne<Minutes>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
            adjuster.HasIndex(a => new { a.MeetingId, a.Email }).IsUnique();
        });
        modelBuilder.Entity<Paragraph>(paragraph =>
        {
            paragraph.ToTable("Paragraphs");
            paragraph.Property(p => p.Id).ValueGeneratedNever();
            paragraph.Property(p => p.Title).HasMaxLength(500);
            paragraph.HasOne<Minutes>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
            paragraph.HasOne<Body>().WithMany().HasForeignKey(p => p.BodyId).OnDelete(DeleteBehavior.Restrict);
            // § numbers run per body and calendar year: two paragraphs can never share one.
            paragraph.HasIndex(p => new { p.BodyId, p.Year, p.Number }).IsUnique();
            paragraph.HasIndex(p => p.MeetingId);
        });
        modelBuilder.Entity<Posting>(posting =>
        {
            posting.ToTable("Postings");
            posting.Property(p => p.Id).ValueGeneratedNever();
            posting.Property(p => p.BodyName).HasMaxLength(200);
            posting.Property(p => p.Paragraphs).HasMaxLength(400);
            posting.Property(p => p.KeptAt).HasMaxLength(400);
            posting.Property(p => p.PostedBy).HasMaxLength(200);
            posting.Property(p => p.TakenDownBy).HasMaxLength(200);
            posting.HasOne<Meeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
            posting.HasIndex(p => p.PostedOn);
        });
    }
}
