using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Identity;

internal static class IdentityModel
{
    extension(CatalogDb db)
    {
        public DbSet<PlatformUser> Users => db.Set<PlatformUser>();
        public DbSet<Membership> Memberships => db.Set<Membership>();
        public DbSet<Invitation> Invitations => db.Set<Invitation>();
        public DbSet<ClientRegistration> ClientRegistrations => db.Set<ClientRegistration>();
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
        public DbSet<WebSession> WebSessions => db.Set<WebSession>();
    }

    /// <summary>The registration of a client (which association it serves, whether it may write), or null.</summary>
    public static Task<ClientRegistration?> ClientRegistrationAsync(this CatalogDb db, string? clientId, CancellationToken ct) =>
        string.IsNullOrEmpty(clientId) ? Task.FromResult<ClientRegistration?>(null) : db.ClientRegistrations.FirstOrDefaultAsync(c => c.ClientId == clientId, ct);

    /// <summary>The membership of a user in the given association, or null.</summary>
    public static Task<Membership?> MembershipAsync(this CatalogDb db, Guid userId, TenantId tenant, CancellationToken ct) =>
        db.Memberships.FirstOrDefaultAsync(m => m.UserId == userId && m.TenantId == tenant.Value, ct);

    /// <summary>
    /// A person and their role in the association, in one query; null if there is no such membership.
    /// Every signed-in request on an association's host asks this (<see cref="SessionCookieEvents"/>), so
    /// the query is compiled once (issue 24).
    /// </summary>
    public static async Task<(PlatformUser User, string Role)?> MemberAsync(this CatalogDb db, Guid userId, TenantId tenant, CancellationToken ct) =>
        await MemberQuery(db, userId, tenant.Value, ct) is { User: { } user } found ? (user, found.Role) : null;

    private static readonly Func<CatalogDb, Guid, Guid, CancellationToken, Task<MemberRow?>> MemberQuery =
        EF.CompileAsyncQuery((CatalogDb db, Guid userId, Guid tenant, CancellationToken _) =>
            db.Set<Membership>().AsNoTracking()
                .Where(m => m.UserId == userId && m.TenantId == tenant)
                .Select(m => new MemberRow(m.User, m.Role))
                .FirstOrDefault());

    private sealed record MemberRow(PlatformUser? User, string Role);

    public static void Configure(ModelBuilder modelBuilder)
    {
        // The user-only part of ASP.NET Core Identity (as in IdentityUserContext), without Identity's
        // global roles: roles belong to memberships.
        modelBuilder.Entity<PlatformUser>(user =>
        {
            user.ToTable("Users");
            user.HasKey(u => u.Id);
            user.Property(u => u.Id).ValueGeneratedNever();
            user.HasIndex(u => u.NormalizedUserName).IsUnique();
            user.HasIndex(u => u.NormalizedEmail);
            user.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            user.Property(u => u.UserName).HasMaxLength(256);
            user.Property(u => u.NormalizedUserName).HasMaxLength(256);
            user.Property(u => u.Email).HasMaxLength(256);
            user.Property(u => u.NormalizedEmail).HasMaxLength(256);
            user.Property(u => u.PhoneNumber).HasMaxLength(32);
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PlatformRole).HasMaxLength(20);
            user.HasMany<IdentityUserClaim<Guid>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            user.HasMany<IdentityUserLogin<Guid>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            user.HasMany<IdentityUserToken<Guid>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
        });
        modelBuilder.Entity<IdentityUserClaim<Guid>>(claim =>
        {
            claim.ToTable("UserClaims");
            claim.HasKey(c => c.Id);
        });
        modelBuilder.Entity<IdentityUserLogin<Guid>>(login =>
        {
            login.ToTable("UserLogins");
            login.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            login.Property(l => l.LoginProvider).HasMaxLength(128);
            login.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        modelBuilder.Entity<IdentityUserToken<Guid>>(token =>
        {
            token.ToTable("UserTokens");
            token.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            token.Property(t => t.LoginProvider).HasMaxLength(128);
            token.Property(t => t.Name).HasMaxLength(128);
        });

        modelBuilder.Entity<Membership>(membership =>
        {
            membership.ToTable("Memberships");
            membership.HasKey(m => m.Id);
            membership.Property(m => m.Id).ValueGeneratedNever();
            membership.HasIndex(m => new { m.UserId, m.TenantId }).IsUnique();
            membership.HasIndex(m => m.TenantId);
            membership.Property(m => m.Role).HasMaxLength(20);
            membership.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
            membership.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Invitation>(invitation =>
        {
            invitation.ToTable("Invitations");
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.Id).ValueGeneratedNever();
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasIndex(i => new { i.TenantId, i.Email });
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.Role).HasMaxLength(20);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.InvitedBy).HasMaxLength(256);
            invitation.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ClientRegistration>(client =>
        {
            client.ToTable("ClientRegistrations");
            client.HasKey(c => c.ClientId);
            client.Property(c => c.ClientId).HasMaxLength(100);
            client.Property(c => c.DisplayName).HasMaxLength(200);
            client.Property(c => c.PlatformRole).HasMaxLength(20);
            client.HasIndex(c => c.TenantId);
            client.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("AuditEntries");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => new { e.TenantId, e.At });
            entry.Property(e => e.Event).HasMaxLength(50);
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Subject).HasMaxLength(256);
            entry.Property(e => e.Detail).HasMaxLength(1000);
            entry.Property(e => e.IpAddress).HasMaxLength(45);
        });

        modelBuilder.Entity<WebSession>(session =>
        {
            session.ToTable("WebSessions");
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).HasMaxLength(64);
            session.HasIndex(s => s.UserId);
            session.HasIndex(s => s.ExpiresAt);
        });

        // OpenIddict's applications, authorizations, scopes and tokens, with Guid keys.
        modelBuilder.UseOpenIddict<Guid>();
    }
}
