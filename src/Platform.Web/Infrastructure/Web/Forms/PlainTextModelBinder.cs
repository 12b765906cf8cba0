using Microsoft.AspNetCore.Mvc.ModelBinding;
using Platform.Infrastructure.Text;

namespace Platform.Infrastructure.Web.Forms;

/// <summary>Binds a string from a form or query as the framework does, then cleans it of control characters (<see cref="PlainText"/>).</summary>
internal sealed class PlainTextModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result is { IsModelSet: true, Model: string text })
            bindingContext.Result = ModelBindingResult.Success(PlainText.Clean(text));
    }
}
