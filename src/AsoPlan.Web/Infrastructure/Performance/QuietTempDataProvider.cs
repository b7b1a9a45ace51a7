using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace AsoPlan.Web.Infrastructure.Performance;

/// <summary>
/// The cookie TempData provider, except that a page with no flash message for a visitor who has no
/// TempData cookie sends no Set-Cookie (the stock provider always "deletes" the cookie). The layout reads
/// TempData on every page, so without this no public page could be output-cached.
/// </summary>
public sealed class QuietTempDataProvider(IServiceProvider services, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    private readonly CookieTempDataProvider inner = ActivatorUtilities.CreateInstance<CookieTempDataProvider>(services);

    public IDictionary<string, object> LoadTempData(HttpContext context) => inner.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((values is null || values.Count == 0) && !context.Request.Cookies.ContainsKey(CookieName))
        {
            return;
        }

        inner.SaveTempData(context, values!);
    }

    private string CookieName => options.Value.Cookie.Name ?? CookieTempDataProvider.CookieName;
}
