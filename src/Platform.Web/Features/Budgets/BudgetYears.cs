namespace Platform.Features.Budgets;

/// <summary>The years a budget may be for (2000–2099), with the field error for any other.</summary>
internal static class BudgetYears
{
    public const int First = 2000;
    public const int Last = 2099;

    public static bool InRange(int year) => year is >= First and <= Last;

    public const string OutOfRange = "Ange ett år mellan 2000 och 2099.";
}
