using Microsoft.Playwright;

namespace AsoPlan.Browser.Tests.Infrastructure;

/// <summary>The screens the suite looks at pages on.</summary>
public sealed record Screen(string Name, int Width, int Height, float Scale, bool Mobile)
{
    public static readonly Screen Desktop = new("desktop", 1280, 800, 1, false);

    /// <summary>A common phone (iPhone 12–15 class) in portrait.</summary>
    public static readonly Screen Phone = new("phone", 390, 844, 2, true);

    /// <summary>A 1280 px wide desktop window zoomed to 200 %: the page lays out in 640 CSS px.</summary>
    public static readonly Screen Zoom200 = new("zoom200", 640, 400, 2, false);

    public BrowserNewContextOptions ContextOptions() => new()
    {
        ViewportSize = new ViewportSize { Width = Width, Height = Height },
        DeviceScaleFactor = Scale,
        IsMobile = Mobile,
        HasTouch = Mobile,
        Locale = "ja-JP",
        TimezoneId = "Asia/Tokyo",
        // axe is injected as a script; a strict Content-Security-Policy must not stop the checker.
        BypassCSP = true,
        AcceptDownloads = true,
        // Bootstrap scrolls smoothly otherwise, so a just-focused element would still be on its way into view.
        ReducedMotion = ReducedMotion.Reduce,
    };
}
