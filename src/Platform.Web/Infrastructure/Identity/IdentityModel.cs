using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// A person who can sign in. Users live in the catalog, not in an association's database, because
/// one person may serve several associations; what they may do there is their <see cref="Membership"/>.
/// </summary>
internal sealed class PlatformUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    /// <summary><see cref="Roles.Network"/> or <see cref="Roles.Operator"/>: a role on the platform host, or null.</summary>
    public string? PlatformRole { get; set; }
    public DateTime CreatedAt { get; init; }
    /// <summary>The last successful sign-in on the platform host.</summary>
    public DateTime? LastPlatformSignInAt { get; set; }
}

/// <summary>A person's role in one association.</summary>
internal sealed class Membership
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public PlatformUser? User { get; init; }
    public Guid TenantId { get; init; }
    /// <summary>One of <see cref="Roles.Membership"/>.</summary>
    public required string Role { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime? LastSignInAt { get; set; }
}

/// <summary>
/// An invitation to join an association. Only a hash of the token is stored: the link in the
/// email is the only copy, and a token is bound to the association it was minted for.
/// </summary>
internal sealed class Invitation
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public required string Email { get; init; }
    public required string Role { get; init; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public string? InvitedBy { get; init; }
}

/// <summary>
/// What the platform knows about an OpenIddict client beyond OpenIddict's own record: the
/// association it belongs to (null for a platform client) and whether it may write.
/// </summary>
internal sealed class ClientRegistration
{
    public required string ClientId { get; init; }
    public Guid? TenantId { get; init; }
    public required string DisplayName { get; set; }
    /// <summary>Confidential clients use client credentials; public clients use authorization code + PKCE.</summary>
    public bool IsPublic { get; init; }
    /// <summary>Given by an admin of the association: the client may change records, not only read them.</summary>
    public bool CanWrite { get; set; }
    /// <summary>For a platform client: the platform role its tokens carry.</summary>
    public string? PlatformRole { get; init; }
    public DateTime RegisteredAt { get; init; }
}

/// <summary>One line of an association's audit log (or the platform's, when <see cref="TenantId"/> is null).</summary>
internal sealed class AuditEntry
{
    public long Id { get; init; }
    public Guid? TenantId { get; init; }
    public DateTime At { get; init; }
    public required string Event { get; init; }
    /// <summary>Who did it: a user's email or a client id; null for the platform itself.</summary>
    public string? Actor { get; init; }
    /// <summary>Whom or what it concerned.</summary>
    public string? Subject { get; init; }
    public string? Detail { get; init; }
    public string? IpAddress { get; init; }
}

internal static class IdentityModel
{
    extension(CatalogDb db)
    {
        public DbSet<PlatformUser> Users => db.Set<PlatformUser>();
        public DbSet<Membership> Memberships => db.Set<Membership>();
        public DbSet<Invitation> Invitations => db.Set<Invitation>();
        public DbSet<ClientRegistration> ClientRegistrations => db.Set<ClientRegistration>();
        public DbSet<AuditEntry> AuditEntries => db.Set<AuditEntry>();
    }

    /// <summary>The membership of a user in the given association, or null.</summary>
    public static Task<Membership?> MembershipAsync(this CatalogDb db, Guid userId, TenantId tenant, CancellationToken ct) =>
        db.Memberships.FirstOrDefaultAsync(m => m.UserId == userId && m.TenantId == tenant.Value, ct);

    /// <summary>A person and their role in the association, in one query; null if there is no such membership.</summary>
    public static async Task<(PlatformUser User, string Role)?> MemberAsync(this CatalogDb db, Guid userId, TenantId tenant, CancellationToken ct)
    {
        var found = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && m.TenantId == tenant.Value)
            .Select(m => new { m.User, m.Role })
            .FirstOrDefaultAsync(ct);
        return found?.User is { } user ? (user, found.Role) : null;
    }

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

        // OpenIddict's applications, authorizations, scopes and tokens, with Guid keys.
        modelBuilder.UseOpenIddict<Guid>();
    }
}
