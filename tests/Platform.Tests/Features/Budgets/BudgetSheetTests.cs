using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Budgets.Model;
using Platform.Features.Budgets.Sheet;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Budgets;

/// <summary>The sheet's arithmetic on SUVS's paper: every sum of both tables, the balance carried forward from the forecast, and the salary index.</summary>
public sealed class BudgetSheetTests(SharedPlatform shared) : IClassFixture<SharedPlatform>
{
    private readonly PlatformFactory platform = shared.Platform;

    private static long[] Column(BudgetSheet sheet, SheetColumn c) => [sheet.Income[(int)c]!.Value, sheet.Costs[(int)c]!.Value, sheet.Result[(int)c]!.Value, sheet.Opening[(int)c]!.Value, sheet.Closing[(int)c]!.Value];

    [Fact]
    public async Task Suvs_2022_has_the_papers_sums_in_all_five_columns_and_opens_with_2021s_forecast_closing_balance()
    {
        var tenant = await platform.ProvisionAsync("suvs-sheet");
        await SuvsPaper.SeedAsync(platform, tenant);
        var sheet = (await platform.InTenantAsync(tenant, s => s.GetRequiredService<BudgetSheets>().ForYearAsync(2022, CancellationToken.None)))!;

        //                                                    income      costs       result      opening    closing
        Assert.Equal([11_430_000, 12_990_000, -1_560_000, 1_892_650, 332_650], Column(sheet, SheetColumn.PreviousBudget));
        Assert.Equal([11_480_000, 10_990_000, 490_000, 1_892_650, 2_382_650], Column(sheet, SheetColumn.PreviousForecast));
        Assert.Equal([9_830_000, 11_889_000, -2_059_000, 2_382_650, 323_650], Column(sheet, SheetColumn.Budget));
        Assert.Equal([6_930_000, 6_913_780, 16_220, 323_650, 339_870], Column(sheet, SheetColumn.Plan1));
        Assert.Equal([6_930_000, 6_854_356, 75_644, 339_870, 415_514], Column(sheet, SheetColumn.Plan2));

        // The specification's sums.
        Assert.Equal(7_870_000, sheet.Sum(BudgetGroup.Interventions, SheetColumn.Budget));
        Assert.Equal(1_340_000, sheet.Sum(BudgetGroup.Cooperation, SheetColumn.Budget));
        Assert.Equal(2_723_780, sheet.Sum(BudgetGroup.Administration, SheetColumn.Plan1));
        Assert.Equal(2_264_356, sheet.Sum(BudgetGroup.Administration, "Kansli, ekonomi och övrig administration", SheetColumn.Plan2));
        Assert.Equal(1_732_500, sheet.Sum(BudgetGroup.MemberContributions, "Medlemsavgift kommunerna", SheetColumn.Budget));
        // The indexed salaries: 1 989 000 × 1.02 and × 1.02², to the krona.
        var salaries = sheet.Lines.Single(l => l.Name.StartsWith("Personal", StringComparison.Ordinal));
        Assert.Equal(LineSource.Indexed, salaries.Source);
        Assert.Equal([1_950_000L, 1_950_000L, 1_989_000L, 2_028_780L, 2_069_356L], salaries.Values.Select(v => v!.Value));
    }

    [Fact]
    public async Task The_opening_balance_follows_the_forecast_not_the_budget_and_a_first_year_has_no_previous_columns()
    {
        var tenant = await platform.ProvisionAsync("suvs-forecast");
        await SuvsPaper.SeedAsync(platform, tenant);
        var sheets = (Func<int, Task<BudgetSheet?>>)(year => platform.InTenantAsync(tenant, s => s.GetRequiredService<BudgetSheets>().ForYearAsync(year, CancellationToken.None)));

        var first = (await sheets(2021))!;
        Assert.False(first.HasPrevious);
        Assert.Null(first.Income[(int)SheetColumn.PreviousBudget]);
        Assert.Equal(SuvsPaper.Opening2021, first.Opening[(int)SheetColumn.Budget]);

        // A better forecast for 2021 (100 000 kr less on IPS) opens 2022 100 000 kr higher; 2022's budget is unchanged.
        await platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var ips = await db.BudgetItems.SingleAsync(i => i.Name == "IPS");
            var budget2021 = await db.Budgets.Where(b => b.Year == 2021).Select(b => b.Id).SingleAsync();
            var row = await db.BudgetRows.SingleAsync(r => r.ItemId == ips.Id && r.BudgetId == budget2021);
            row.Forecast = 70_000;
            await db.SaveChangesAsync();
        });
        var next = (await sheets(2022))!;
        Assert.Equal(2_482_650, next.Opening[(int)SheetColumn.Budget]);
        Assert.Equal(-2_059_000, next.Result[(int)SheetColumn.Budget]);
        Assert.Equal(423_650, next.Closing[(int)SheetColumn.Budget]);
        Assert.Null(await sheets(2030));
    }
}
