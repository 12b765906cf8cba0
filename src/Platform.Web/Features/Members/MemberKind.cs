namespace Platform.Features.Members;

/// <summary>The kinds of member party in a samordningsförbund (Finsam 3 §).</summary>
internal enum MemberKind
{
    /// <summary>Försäkringskassan: pays the state's half (Arbetsförmedlingen's share included).</summary>
    Government,
    /// <summary>Arbetsförmedlingen.</summary>
    EmploymentService,
    /// <summary>A region: a quarter, shared among the regions.</summary>
    Region,
    /// <summary>A municipality: a quarter, shared among the municipalities.</summary>
    Municipality,
}
