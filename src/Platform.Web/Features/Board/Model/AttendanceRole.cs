namespace Platform.Features.Board.Model;

internal enum AttendanceRole
{
    /// <summary>Ordinarie ledamot.</summary>
    Member,
    /// <summary>Ersättare.</summary>
    Substitute,
    /// <summary>Övriga närvarande: staff, guests, experts.</summary>
    Other,
}
