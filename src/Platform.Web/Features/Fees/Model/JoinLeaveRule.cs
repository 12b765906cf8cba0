namespace Platform.Features.Fees.Model;

/// <summary>What a member who joins or leaves during the year pays.</summary>
internal enum JoinLeaveRule
{
    /// <summary>Its share counts the months it is a member on the first day of (the others in its group pay the rest).</summary>
    ProRataMonths,
    /// <summary>Any member during the year pays a full year.</summary>
    WholeYear,
}
