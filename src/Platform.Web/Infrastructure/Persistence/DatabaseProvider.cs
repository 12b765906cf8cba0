namespace Platform.Infrastructure.Persistence;

internal enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
