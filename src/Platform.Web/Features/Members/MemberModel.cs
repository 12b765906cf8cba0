using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Features.Members;

internal static class MemberModel
{
    extension(TenantDb db)
    {
        /// <summary>The association's member parties.</summary>
        public DbSet<Member> Members => db.Set<Member>();
    }

    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Member>(member =>
        {
            member.ToTable("Members");
            member.HasKey(m => m.Id);
            member.Property(m => m.Id).ValueGeneratedNever();
            member.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
            member.Property(m => m.Name).HasMaxLength(200);
            member.HasIndex(m => m.Name).IsUnique();
            member.Property(m => m.OrganisationNumber).HasMaxLength(11);
            member.Property(m => m.InvoiceEmail).HasMaxLength(254);
            member.Property(m => m.ContactEmail).HasMaxLength(254);
            member.Property(m => m.InvoiceReference).HasMaxLength(200);
            member.Property(m => m.InvoiceStreet).HasMaxLength(200);
            member.Property(m => m.InvoicePostalCode).HasMaxLength(10);
            member.Property(m => m.InvoiceCity).HasMaxLength(100);
        });

    /// <summary>The Swedish word for a kind of member, as shown in the UI.</summary>
    public static string SwedishLabel(this MemberKind kind) => kind switch
    {
        MemberKind.Government => "Statlig (Försäkringskassan)",
        MemberKind.EmploymentService => "Statlig (Arbetsförmedlingen)",
        MemberKind.Region => "Region",
        MemberKind.Municipality => "Kommun",
        _ => kind.ToString(),
    };

    /// <summary>Whether the member belongs to the association on some day of <paramref name="year"/>.</summary>
    public static bool IsMemberDuring(this Member member, int year) =>
        member.MemberFrom <= new DateOnly(year, 12, 31) && (member.MemberTo is null || member.MemberTo >= new DateOnly(year, 1, 1));

    /// <summary>Whether the member belongs to the association on <paramref name="day"/>.</summary>
    public static bool IsMemberOn(this Member member, DateOnly day) =>
        member.MemberFrom <= day && (member.MemberTo is null || member.MemberTo >= day);
}
