using AsoPlan.Web.Shared.Periods;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AsoPlan.Web.Shared.TagHelpers;

/// <summary>
/// <c>&lt;a portal-href="/policies/3"&gt;</c>: a link between public pages. While a period other than the current
/// one is shown it carries <c>?period=CODE</c>, so a visitor who chose 後期基本計画 stays in it from page to page.
/// Elsewhere (staff pages, error pages) it is a plain href.
/// </summary>
[HtmlTargetElement("a", Attributes = AttributeName)]
public sealed class PortalLinkTagHelper : TagHelper
{
    private const string AttributeName = "portal-href";

    [HtmlAttributeName(AttributeName)]
    public string Href { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.SetAttribute("href", PeriodChoiceExtensions.WithPeriod(Href, ViewContext.HttpContext.PeriodChoice()?.LinkCode));
    }
}
