namespace Platform.Infrastructure.Web.Forms;

internal static class FormsMvcBuilderExtensions
{
    /// <summary>
    /// Forms that are posted once (a one-time token per form), whatever the number of clicks; and
    /// free text without control characters, whether it comes through a page or the API; and pages'
    /// HTML kept until the association's database changes (<see cref="KeptHtml"/>).
    /// </summary>
    public static IMvcBuilder AddPlatformForms(this IMvcBuilder mvc)
    {
        mvc.Services.AddSingleton<FormOnceLedger>();
        mvc.Services.AddScoped<FormOnceFilter>();
        mvc.Services.AddScoped<KeptHtml>();
        mvc.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new PlainTextJsonConverter()));
        return mvc.AddMvcOptions(o =>
        {
            o.Filters.AddService<FormOnceFilter>();
            // Before the framework's own string binder, which it wraps.
            o.ModelBinderProviders.Insert(0, new PlainTextModelBinderProvider());
        });
    }
}
