using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Features.Board.Model;

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
        public DbSet<AgendaTemplateItem> AgendaTemplateItems => db.Set<AgendaTemplateItem>();
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
        modelBuilder.Entity<AgendaTemplateItem>(item =>
        {
            item.ToTable("AgendaTemplateItems");
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property(i => i.Title).HasMaxLength(300);
            item.HasOne<Body>().WithMany().HasForeignKey(i => i.BodyId).OnDelete(DeleteBehavior.Cascade);
            item.HasIndex(i => new { i.BodyId, i.Order });
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
            minutes.Property(m => m.SentBackBy).HasMaxLength(256);
            minutes.Property(m => m.SentBackComment).HasMaxLength(2000);
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
            attendance.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.SetNull);
            attendance.HasOne<Seat>().WithMany().HasForeignKey(a => a.SeatId).OnDelete(DeleteBehavior.SetNull);
            // Cleared by the code that removes a line: SQL Server allows no cascading action on a self-reference.
            attendance.HasOne<Attendance>().WithMany().HasForeignKey(a => a.ServingForId).OnDelete(DeleteBehavior.ClientSetNull);
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
            adjuster.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.SetNull);
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
            paragraph.HasOne<AgendaItem>().WithMany().HasForeignKey(p => p.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
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
