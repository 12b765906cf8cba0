using Microsoft.AspNetCore.Mvc.RazorPages;
using NetArchTest.Rules;
using Platform.Features.Shared;

namespace Platform.Tests.Architecture;

/// <summary>
/// The layout of the platform, enforced: Infrastructure does not use the features (except the two
/// places that compose them), and a feature uses another feature only through what that feature
/// publishes in its root namespace, never its sub-features or pages. Features/Shared is the kernel,
/// for all (Infrastructure's provisioning and uploads answer with its Outcome too).
/// </summary>
public sealed class DependencyRuleTests
{
    private static readonly System.Reflection.Assembly Web = typeof(Outcomes).Assembly;

    /// <summary>The places in Infrastructure that put the features together: the model of each database and the demo data.</summary>
    private static readonly string[] Composition = ["Platform.Infrastructure.Persistence.PlatformModelCustomizer", "Platform.Infrastructure.Demo"];

    [Fact]
    public void Infrastructure_does_not_use_the_features()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace("Platform.Infrastructure")
            .And().DoNotResideInNamespace(Composition[1])
            .And().DoNotHaveNameMatching(@"^PlatformModelCustomizer$")
            .ShouldNot().HaveDependencyOnAny([.. FeatureNamespaces().Keys])
            .GetResult();

        Assert.True(result.IsSuccessful, "Infrastructure types that use a feature: " + Names(result));
    }

    [Fact]
    public void A_feature_uses_another_only_through_what_it_publishes()
    {
        var features = FeatureNamespaces();
        Assert.Contains("Platform.Features.Board", features.Keys); // the rule is not vacuous
        Assert.Contains("Platform.Features.Fees", features.Keys);
        var failures = new List<string>();
        foreach (var (feature, _) in features)
        {
            // Another feature's sub-features (Platform.Features.Board.Meetings, …) and its pages are its own.
            var forbidden = features.Where(f => f.Key != feature)
                .SelectMany(f => f.Value.Where(ns => ns != f.Key).Concat(PageModelsOf(f.Key)))
                .Distinct(StringComparer.Ordinal).ToArray();
            if (forbidden.Length == 0) continue;
            var result = Types.InAssembly(Web).That().ResideInNamespace(feature).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
            if (!result.IsSuccessful) failures.Add($"{feature}: {Names(result)}");
        }
        Assert.True(failures.Count == 0, "Features that reach into another feature:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void The_check_sees_a_dependency_between_features()
    {
        // Fees invoices the member register's parties (published by Members): the same check, asked about
        // Members as a whole, must find it, or the rule above would pass whatever the features do.
        var result = Types.InAssembly(Web).That().ResideInNamespace("Platform.Features.Fees").ShouldNot().HaveDependencyOnAny("Platform.Features.Members").GetResult();
        Assert.False(result.IsSuccessful);
        Assert.Contains(result.FailingTypes!, t => t.FullName!.StartsWith("Platform.Features.Fees.", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_type_of_the_platform_is_internal()
    {
        // CA1515 keeps new ones internal at build time; this names any that slip through (an exe publishes nothing).
        var result = Types.InAssembly(Web).That().ResideInNamespace("Platform").ShouldNot().BePublic().GetResult();
        // The compiler's own nested types (C# 14 extension blocks) are public inside internal classes: not ours to choose.
        // Razor finds only public tag helpers: the form helpers of Infrastructure/Web/Forms are public, and nothing else.
        var ours = (result.FailingTypes ?? []).Where(t => !(t.ReflectionType.Namespace == "Platform.Infrastructure.Web.Forms" && t.ReflectionType.IsAssignableTo(typeof(Microsoft.AspNetCore.Razor.TagHelpers.TagHelper))))
            .Select(t => t.FullName!).Where(n => !n.Contains('<', StringComparison.Ordinal)).ToList();
        Assert.True(ours.Count == 0, "Public types: " + string.Join(", ", ours));
    }

    /// <summary>Each feature's root namespace (Platform.Features.X) with all its namespaces; Features/Shared is the kernel, not a feature.</summary>
    private static Dictionary<string, List<string>> FeatureNamespaces() =>
        Web.GetTypes().Select(t => t.Namespace).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(ns => ns.StartsWith("Platform.Features.", StringComparison.Ordinal))
            .GroupBy(ns => string.Join('.', ns.Split('.').Take(3)), StringComparer.Ordinal)
            .Where(g => g.Key != "Platform.Features.Shared")
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    private static IEnumerable<string> PageModelsOf(string feature) =>
        Web.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace is { } ns
            && (ns == feature || ns.StartsWith(feature + ".", StringComparison.Ordinal))).Select(t => t.FullName!);

    private static string Names(TestResult result) => string.Join(", ", result.FailingTypes?.Select(t => t.FullName) ?? []);
}
