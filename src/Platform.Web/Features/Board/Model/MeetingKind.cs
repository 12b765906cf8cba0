namespace Platform.Features.Board.Model;

internal enum MeetingKind
{
    /// <summary>Ordinarie sammanträde.</summary>
    Ordinary,
    /// <summary>Extra sammanträde.</summary>
    Extra,
}
