using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Platform.Infrastructure.Web.Forms;

/// <summary>
/// A double click never makes two meetings, invoices or payments: a page's form carries a one-time
/// token (<see cref="FormOnceTagHelper"/>), and a second post of it waits for the first and gets the
/// same redirect, without running the handler again. Posts without a token (the API, old pages) pass.
/// </summary>
internal sealed class FormOnceFilter(FormOnceLedger ledger, TimeProvider clock) : IAsyncPageFilter
{
    public const string Field = "__FormOnce";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType
            || request.Form[Field] is not [{ Length: > 0 and <= 64 } token])
        {
            await next();
            return;
        }

        var key = $"{request.Host.Value}{request.Path.Value}|{token}";
        while (!ledger.TryClaim(key, out var first))
        {
            // The same form again: the first post's redirect, once it has one; if it failed, try again as the first.
            if (await first.WaitAsync(TimeSpan.FromSeconds(60), clock, context.HttpContext.RequestAborted) is { } answer)
            {
                context.Result = answer;
                return;
            }
        }

        IActionResult? redirect = null;
        try
        {
            var executed = await next();
            if (executed.Exception is null && executed.Result is RedirectToPageResult or RedirectResult or LocalRedirectResult or RedirectToRouteResult)
                redirect = executed.Result;
        }
        finally
        {
            ledger.Complete(key, redirect);
        }
    }
}
