using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Platform.Infrastructure.Web.Forms;

/// <summary>Every string a page binds is cleaned of control characters; a password is taken exactly as typed.</summary>
internal sealed class PlainTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string) || context.Metadata.DataTypeName == nameof(DataType.Password)) return null;
        // Only what the framework's own string binder would bind: form, query and route values.
        if (context.BindingInfo.BinderType is not null) return null;
        if (context.BindingInfo.BindingSource is { } source
            && source != BindingSource.Form && source != BindingSource.Query && source != BindingSource.Path && source != BindingSource.ModelBinding)
            return null;
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new PlainTextModelBinder(new SimpleTypeModelBinder(typeof(string), loggers));
    }
}
