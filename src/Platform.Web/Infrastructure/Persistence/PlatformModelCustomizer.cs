using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Features.Board.CalendarFeed;
using Platform.Features.Board.Model;
using Platform.Features.Board.Settings;
using Platform.Features.Members;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Builds the model of each database from the features that own its entities. This list is the
/// table of contents of the two schemas: a new entity is added here and in build/migrations.sh.
/// </summary>
internal sealed class PlatformModelCustomizer(ModelCustomizerDependencies dependencies)
    : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        switch (context)
        {
            case CatalogDb:
                TenantRegistryModel.Configure(modelBuilder);
                Identity.IdentityModel.Configure(modelBuilder);
                modelBuilder.Entity<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>().ToTable("DataProtectionKeys");
                Features.Network.StatisticsModel.Configure(modelBuilder);
                break;
            case TenantDb:
                TenantIdentityModel.Configure(modelBuilder);
                ChangeStampModel.Configure(modelBuilder);
                MemberModel.Configure(modelBuilder);
                AssociationProfileModel.Configure(modelBuilder);
                OutboxModel.Configure(modelBuilder);
                BoardModel.Configure(modelBuilder);
                Features.Fees.Model.FeeModel.Configure(modelBuilder);
                BoardSettingsStore.Configure(modelBuilder);
                CalendarFeeds.Configure(modelBuilder);
                Features.Interventions.Model.InterventionModel.Configure(modelBuilder);
                Features.Grants.Model.GrantModel.Configure(modelBuilder);
                Features.Budgets.Model.BudgetModel.Configure(modelBuilder);
                break;
            default:
                throw new InvalidOperationException($"No model is defined for {context.GetType().Name}.");
        }
        StoreDateTimesAsUtc(modelBuilder);
    }

    private static readonly ValueConverter<DateTime, DateTime> UtcConverter =
        new(toStore => toStore.ToUniversalTime(), fromStore => DateTime.SpecifyKind(fromStore, DateTimeKind.Utc));

    // Instants are stored as UTC DateTime (SQLite cannot order DateTimeOffset); reading them back
    // marks them as UTC so that no caller mistakes them for local time.
    private static void StoreDateTimesAsUtc(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?))
                property.SetValueConverter(UtcConverter);
        }
    }
}
