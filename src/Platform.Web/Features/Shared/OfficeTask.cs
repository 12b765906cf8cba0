namespace Platform.Features.Shared;

/// <summary>
/// One thing the kansli has to do, as a feature words it for the start page: what, by when, and the
/// page where it is done. Each feature lists its own (the board's deadlines, overdue invoices, email
/// that failed); the start page puts the urgent ones first and the rest by <see cref="Due"/>.
/// </summary>
/// <param name="Title">What to do, short: "Justera protokollet: Styrelsen 2026-11-17".</param>
/// <param name="Detail">Where it stands and the limit, in a sentence or two.</param>
/// <param name="Href">The page (and section) where it is done.</param>
/// <param name="Due">The day it must be done by, or the day it went wrong; orders the list.</param>
/// <param name="Urgent">A legal limit passed or within a few days, or something that stopped by itself.</param>
internal sealed record OfficeTask(string Title, string Detail, string Href, DateOnly? Due, bool Urgent);
