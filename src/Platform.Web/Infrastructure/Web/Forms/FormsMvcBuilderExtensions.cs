namespace Platform.Infrastructure.Web.Forms;

internal static class FormsMvcBuilderExtensions
{
    /// <summary>Forms that are posted once (a one-time token per form), whatever the number of clicks.</summary>
    public static IMvcBuilder AddPlatformForms(this IMvcBuilder mvc)
    {
        mvc.Services.AddSingleton<FormOnceLedger>();
        mvc.Services.AddScoped<FormOnceFilter>();
        return mvc.AddMvcOptions(o => o.Filters.AddService<FormOnceFilter>());
    }
}
