using System.Numerics;
using Platform.Features.Fees;
using Platform.Features.Fees.Decisions;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Settings;
using Platform.Features.Members;

namespace Platform.Tests.Features.Fees;

/// <summary>The Finsam split, its rounding, and the payment references (shared/DOMAIN.md).</summary>
public sealed class FeeRulesTests
{
    private static FeeParty Party(string name, MemberKind kind, long weight, int months = 12) => new(Guid.NewGuid(), name, kind, weight, months);

    [Fact]
    public void SUVS_2022_reproduces_the_budget_to_the_krona()
    {
        var allocation = FeeCalculator.Allocate(6_930_000,
        [
            Party("Försäkringskassan", MemberKind.Government, 1),
            Party("Region Stockholm", MemberKind.Region, 2_450_000),
            Party("Sollentuna kommun", MemberKind.Municipality, 4400),
            Party("Upplands Väsby kommun", MemberKind.Municipality, 2700),
            Party("Sigtuna kommun", MemberKind.Municipality, 2900),
        ]).ToDictionary(a => a.Party.Name, a => a.Amount);

        Assert.Equal(3_465_000, allocation["Försäkringskassan"]);
        Assert.Equal(1_732_500, allocation["Region Stockholm"]);
        Assert.Equal(762_300, allocation["Sollentuna kommun"]);
        Assert.Equal(467_775, allocation["Upplands Väsby kommun"]);
        Assert.Equal(502_425, allocation["Sigtuna kommun"]);
        Assert.Equal(1_732_500, allocation["Sollentuna kommun"] + allocation["Upplands Väsby kommun"] + allocation["Sigtuna kommun"]);
    }

    [Fact]
    public void Random_totals_and_populations_add_up_exactly_and_no_member_is_a_krona_from_its_exact_share()
    {
        var random = new Random(20261123);
        for (var run = 0; run < 2000; run++)
        {
            var total = random.NextInt64(1, 50_000_000);
            var parties = new List<FeeParty> { Party("FK", MemberKind.Government, 1) };
            var regions = random.Next(1, 3);
            var municipalities = random.Next(1, 9);
            for (var i = 0; i < regions; i++) parties.Add(Party($"R{i}", MemberKind.Region, random.Next(1, 2_500_000), random.Next(1, 13)));
            for (var i = 0; i < municipalities; i++) parties.Add(Party($"K{i}", MemberKind.Municipality, random.Next(1, 1_000_000), random.Next(0, 13)));
            if (parties.Where(p => p.Kind == MemberKind.Municipality).All(p => p.Months == 0)) parties[^1] = parties[^1] with { Months = 12 };

            var allocation = FeeCalculator.Allocate(total, parties);

            Assert.Equal(total, allocation.Sum(a => a.Amount));
            foreach (var a in allocation)
            {
                // The exact share as a fraction, independently of the calculator.
                var (n, d) = a.Party.Kind == MemberKind.Government ? (1, 2) : (1, 4);
                var groupWeight = parties.Where(p => p.Kind == a.Party.Kind).Aggregate(BigInteger.Zero, (s, p) => s + (BigInteger)p.Weight * p.Months);
                var numerator = total * n * (BigInteger)a.Party.Weight * a.Party.Months;
                var denominator = d * groupWeight;
                // |amount - exact| < 1  ⇔  |amount·denominator - numerator| < denominator
                Assert.True(BigInteger.Abs(a.Amount * denominator - numerator) < denominator, $"run {run}: {a.Party.Name} got {a.Amount} of {total}");
            }
        }
    }

    [Fact]
    public void Largest_remainder_gives_the_leftover_kronor_to_the_largest_fractions_and_refuses_shares_that_are_not_a_whole()
    {
        // 100 in thirds: 33.33 each, one krona left, to the first on a tie.
        Assert.Equal([34, 33, 33], Apportionment.ByWeight(100, [1, 1, 1]));
        // 10 by 1:2:7 of 10 ⇒ exact 1, 2, 7.
        Assert.Equal([1, 2, 7], Apportionment.ByWeight(10, [1, 2, 7]));
        // 7 by 0.15, 0.35, 0.5 ⇒ 1.05, 2.45, 3.5 ⇒ floors 1, 2, 3 and one krona to 3.5.
        Assert.Equal([1, 2, 4], Apportionment.ByWeight(7, [15, 35, 50]));
        Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder(100, [(1, 2), (1, 4)]));
        Assert.Throws<ArgumentException>(() => FeeCalculator.Allocate(100, [Party("FK", MemberKind.Government, 1), Party("R", MemberKind.Region, 1)]));
    }

    [Fact]
    public void Months_count_from_the_first_day_of_the_month_under_pro_rata_and_all_year_under_whole_year()
    {
        var joined = new Member { Name = "Ny kommun", MemberFrom = new DateOnly(2026, 3, 15) };
        var left = new Member { Name = "Lämnande kommun", MemberFrom = new DateOnly(2015, 1, 1), MemberTo = new DateOnly(2026, 6, 30) };
        var gone = new Member { Name = "Utträdd kommun", MemberFrom = new DateOnly(2015, 1, 1), MemberTo = new DateOnly(2024, 12, 31) };

        Assert.Equal([4, 5, 6, 7, 8, 9, 10, 11, 12], FeeCalculator.CountedMonths(joined, 2026, JoinLeaveRule.ProRataMonths));
        Assert.Equal([1, 2, 3, 4, 5, 6], FeeCalculator.CountedMonths(left, 2026, JoinLeaveRule.ProRataMonths));
        Assert.Empty(FeeCalculator.CountedMonths(gone, 2026, JoinLeaveRule.ProRataMonths));
        Assert.Equal(12, FeeCalculator.CountedMonths(joined, 2026, JoinLeaveRule.WholeYear).Count);
        Assert.Empty(FeeCalculator.CountedMonths(gone, 2026, JoinLeaveRule.WholeYear));
    }

    [Fact]
    public void A_years_fee_is_split_over_the_periods_the_member_counts_in_exactly()
    {
        var share = new FeeShare { Member = "Upplands Väsby kommun", Amount = 467_775, MonthMask = 0xFFF };
        var quarters = InvoicePeriod.Of(2026, InvoiceSchedule.Quarterly);
        Assert.Equal([116_944, 116_944, 116_944, 116_943], InvoiceIssuer.PeriodAmounts(share, quarters));

        var leaving = new FeeShare { Member = "Lämnande kommun", Amount = 100_000, MonthMask = 0b0000_0011_1111 }; // January–June
        Assert.Equal([50_000, 50_000, 0, 0], InvoiceIssuer.PeriodAmounts(leaving, quarters));
        Assert.Equal(["2026-Q1", "2026-Q4"], new[] { quarters[0].Key, quarters[3].Key });
        Assert.Equal("Medlemsavgift 2026, halvår 2", InvoicePeriod.Of(2026, InvoiceSchedule.HalfYearly)[1].Text);
    }

    [Theory]
    [InlineData("18108401345678778", true)]
    [InlineData("1018966492531", true)]
    [InlineData("1636976", true)]
    [InlineData("18108401345678779", false)] // wrong check digit
    [InlineData("1636919", false)] // the check digit is right, the length digit is not
    [InlineData("", false)]
    [InlineData("1", false)]
    [InlineData("12345678901234567890123456", false)] // 26 digits
    [InlineData("16369 76", false)]
    public void OCR_references_are_checked_by_Luhn_and_length_digit(string reference, bool valid) =>
        Assert.Equal(valid, Ocr.IsValid(reference));

    [Fact]
    public void The_check_digit_alone_passes_1636919_when_no_length_digit_is_used()
    {
        Assert.True(Ocr.IsValid("1636919", lengthDigit: false));
        Assert.False(Ocr.IsValid("18108401345678779", lengthDigit: false));
    }

    [Fact]
    public void Generated_OCR_references_are_valid_unique_and_carry_the_invoice_number()
    {
        Assert.Equal("100164", Ocr.For(1001));
        var references = Enumerable.Range(1, 20_000).Select(n => Ocr.For(n)).ToList();
        Assert.All(references, r => Assert.True(Ocr.IsValid(r), r));
        Assert.Equal(references.Count, references.Distinct().Count());
        Assert.All(Enumerable.Range(1, 500), n => Assert.StartsWith(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Ocr.For(n), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("5050-0008", "5050-0008")]
    [InlineData("50500008", "5050-0008")]
    [InlineData("991-2346", "991-2346")]
    [InlineData("9912346", "991-2346")]
    [InlineData(" 991 2346 ", "991-2346")]
    [InlineData("991-2347", null)] // check digit
    [InlineData("123456", null)] // six digits
    [InlineData("123456789", null)] // nine digits
    [InlineData("991-234A", null)]
    [InlineData("", null)]
    public void Bankgiro_numbers_are_7_or_8_digits_with_a_check_digit_shown_with_a_hyphen(string input, string? expected) =>
        Assert.Equal(expected, Bankgiro.Normalize(input));
}
