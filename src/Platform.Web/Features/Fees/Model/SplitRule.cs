namespace Platform.Features.Fees.Model;

/// <summary>How a quarter (the municipalities', or the regions') is split among its members.</summary>
internal enum SplitRule
{
    /// <summary>In proportion to population on a reference date.</summary>
    Population,
    /// <summary>By fixed percentages in the förbundsordning.</summary>
    Fixed,
}
