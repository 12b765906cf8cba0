using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;

namespace Platform.Features.Shared;

/// <summary>
/// What every page with forms shares: an outcome becomes a redirect with a confirmation, field errors
/// beside the form's fields, or a notice with the reason and the right status code (409, 403, 404).
/// Each feature supplies its confirmations (its texts class); the partial <c>_FormMessages</c> shows them.
/// </summary>
internal abstract class FormPageModel : PageModel
{
    /// <summary>The confirmation after a redirect (<c>?klart=…</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "klart")] public string? Done { get; set; }

    /// <summary>Why the last action was refused, shown at the top of the page.</summary>
    public string? Refusal { get; protected set; }

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    /// <summary>The feature's confirmations, by the key a redirect puts in <c>?klart=</c>.</summary>
    protected abstract IReadOnlyDictionary<string, string> Confirmations { get; }

    public string? Confirmation => Done is not null && Confirmations.TryGetValue(Done, out var text) ? text : null;

    /// <summary>
    /// The section of the page (the id of its heading) a confirmation belongs to, for a page in
    /// sections: the redirect returns there, and the section shows the confirmation and takes focus.
    /// Null (the default): the confirmation is shown at the top.
    /// </summary>
    protected virtual string? SectionOf(string done) => null;

    /// <summary>The confirmation, when it belongs to <paramref name="section"/>.</summary>
    public string? ConfirmationIn(string section) => Done is not null && SectionOf(Done) == section ? Confirmation : null;

    /// <summary>The id of a section's confirmation: the redirect's fragment, so the browser scrolls to it and focuses it (it has tabindex -1).</summary>
    public static string ConfirmationId(string section) => section + "-klart";

    /// <summary>True when the confirmation is shown in its section rather than at the top.</summary>
    public bool ConfirmedInSection => Done is not null && SectionOf(Done) is not null;

    /// <summary>
    /// Success: back to the page with a confirmation. Field errors: beside the fields of the form
    /// named <paramref name="prefix"/>. A refusal: the reason at the top, with its status code.
    /// </summary>
    protected Task<IActionResult> AnswerAsync<T>(Outcome<T> result, string prefix, string done, Func<Task> reload) =>
        AnswerAsync(result, prefix, _ => done, reload);

    /// <summary>As above, with a confirmation that depends on what was done (a late posting gets its own).</summary>
    protected async Task<IActionResult> AnswerAsync<T>(Outcome<T> result, string prefix, Func<T, string> done, Func<Task> reload)
    {
        if (result.Succeeded)
        {
            var key = done(result.Value!);
            return RedirectToPage(null, null, new { klart = key }, SectionOf(key) is { } section ? ConfirmationId(section) : null);
        }
        if (result.Kind == OutcomeKind.NotFound) return NotFound();
        if (result.Kind == OutcomeKind.Invalid)
        {
            foreach (var (field, messages) in result.Errors!)
                foreach (var message in messages) ModelState.AddModelError($"{prefix}.{char.ToUpper(field[0], CultureInfo.InvariantCulture)}{field[1..]}", message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            Refusal = result.Message;
            Response.StatusCode = result.Kind == OutcomeKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        }
        await reload();
        return Page();
    }
}
