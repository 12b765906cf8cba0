using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Network;

/// <summary>What the dashboard and the export were asked for: a year and, optionally, a county.</summary>
internal sealed record NetworkQuery(int Year, string? County)
{
    /// <summary>Finsam came into force in 2004: no association has figures before.</summary>
    public const int FirstYear = 2004;

    /// <summary>Reads ?year= (or the page's ?ar=) and ?county= (?lan=); a Swedish field error for each wrong value.</summary>
    public static NetworkQuery? Parse(string? year, string? county, int currentYear, FieldErrors errors, string yearField = "year", string countyField = "county")
    {
        var y = currentYear;
        if (!string.IsNullOrWhiteSpace(year)
            && (!int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out y) || y < FirstYear || y > currentYear))
            errors.Add(yearField, $"Ange ett år mellan {FirstYear} och {currentYear}.");
        var c = string.IsNullOrWhiteSpace(county) ? null : county.Trim();
        if (c is not null && c != NetworkStatistics.UnknownCounty && !SwedishCounties.All.Contains(c))
            errors.Add(countyField, $"Välj ett av Sveriges län, till exempel Stockholms län, eller {NetworkStatistics.UnknownCounty}.");
        return errors.Any ? null : new NetworkQuery(y, c);
    }

    /// <summary>
    /// A page's ?ar= and ?lan=: each wrong value gets its Swedish message beside its field, and the
    /// page shows this year for the whole country instead.
    /// </summary>
    public static NetworkQuery ForPage(string? ar, string? lan, int currentYear, ModelStateDictionary modelState)
    {
        var errors = new FieldErrors();
        var query = Parse(ar, lan, currentYear, errors, "ar", "lan");
        foreach (var (field, messages) in errors.ToDictionary())
            foreach (var message in messages) modelState.AddModelError(field, message);
        return query ?? new NetworkQuery(currentYear, null);
    }
}
