using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Features.Board;
using Platform.Infrastructure.Identity;

namespace Platform.Features.Meetings;

/// <summary>
/// What the board's pages share: a board result becomes a redirect with a confirmation, field errors
/// beside the form's fields, or a notice with the reason and the right status code (409, 403, 404).
/// </summary>
internal abstract class BoardPageModel : PageModel
{
    /// <summary>The confirmation after a redirect (<c>?klart=…</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "klart")] public string? Done { get; set; }

    /// <summary>Why the last action was refused, shown at the top of the page.</summary>
    public string? Refusal { get; protected set; }

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    protected static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>
    {
        ["sammantrade"] = "Sammanträdet är sparat.",
        ["sammantrade-kallat"] = "Sammanträdet är sparat, och kallelsen går ut nu till alla som kallas.",
        ["kallelse"] = "Kallelsen går ut nu till alla som kallas. Du ser den i utkorgen.",
        ["inbjuden"] = "Personen är inbjuden. Har kallelsen redan gått ut får personen den nu.",
        ["inbjuden-borttagen"] = "Personen är inte längre inbjuden.",
        ["installningar"] = "Inställningarna är sparade.",
        ["kalender-borttagen"] = "Kalenderadressen är borttagen och slutar att fungera.",
        ["arende"] = "Ärendet är tillagt på dagordningen.",
        ["arende-borttaget"] = "Ärendet är borttaget från dagordningen.",
        ["handling"] = "Handlingen är uppladdad.",
        ["handling-borttagen"] = "Handlingen är borttagen.",
        ["protokoll"] = "Protokollets uppgifter är sparade.",
        ["narvaro"] = "Närvarolistan är uppdaterad.",
        ["justerare"] = "Justerarna är uppdaterade.",
        ["paragraf"] = "Paragrafen är sparad.",
        ["omedelbar"] = "Paragrafen är omedelbart justerad.",
        ["skickat"] = "Protokollet är skickat för justering. Justerarna har fått e-post.",
        ["utkast"] = "Protokollet är tillbaka som utkast. Justerarna behöver justera det på nytt.",
        ["justerat"] = "Du har justerat protokollet.",
        ["anslaget"] = "Justeringen är anslagen på anslagstavlan.",
        ["sent-anslag"] = "Justeringen är anslagen, men efter sista dag för anslag. Administratörerna har fått en varning.",
        ["nedtaget"] = "Anslaget är nedtaget och flyttat till arkivet.",
        ["organ"] = "Organet är sparat.",
        ["person"] = "Personen är sparad.",
        ["plats"] = "Platsen är sparad.",
        ["plats-borttagen"] = "Platsen är borttagen.",
        ["numrering"] = "Paragrafnumreringen är sparad.",
        ["avgiftsbeslut"] = "Avgiftsbeslutet är sparat.",
        ["fakturering"] = "Faktureringsinställningarna är sparade.",
        ["fakturakorning"] = "Fakturakörningen är klar. Fakturor som skulle ut finns i listan och går till medlemmarnas fakturaadresser.",
        ["krediterad"] = "Fakturan är krediterad. Kreditfakturan går till medlemmens fakturaadress.",
        ["betalning"] = "Betalningen är registrerad.",
        ["bgmax"] = "Betalningsfilen är inläst. Betalningar med rätt OCR-nummer är kopplade till sina fakturor.",
        ["matchad"] = "Betalningen är kopplad till fakturan.",
    };

    public string? Confirmation => Done is not null && Confirmations.TryGetValue(Done, out var text) ? text : null;

    /// <summary>
    /// Success: back to the page with a confirmation. Field errors: beside the fields of the form
    /// named <paramref name="prefix"/>. A refusal: the reason at the top, with its status code.
    /// </summary>
    protected Task<IActionResult> AnswerAsync<T>(BoardResult<T> result, string prefix, string done, Func<Task> reload) =>
        AnswerAsync(result, prefix, _ => done, reload);

    /// <summary>As above, with a confirmation that depends on what was done (a late posting gets its own).</summary>
    protected async Task<IActionResult> AnswerAsync<T>(BoardResult<T> result, string prefix, Func<T, string> done, Func<Task> reload)
    {
        if (result.Succeeded) return RedirectToPage(new { klart = done(result.Value!) });
        if (result.Outcome == BoardOutcome.NotFound) return NotFound();
        if (result.Outcome == BoardOutcome.Invalid)
        {
            foreach (var (field, messages) in result.Errors!)
                foreach (var message in messages) ModelState.AddModelError($"{prefix}.{char.ToUpper(field[0], CultureInfo.InvariantCulture)}{field[1..]}", message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            Refusal = result.Message;
            Response.StatusCode = result.Outcome == BoardOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        }
        await reload();
        return Page();
    }
}
