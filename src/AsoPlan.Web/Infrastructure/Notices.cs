namespace AsoPlan.Web.Infrastructure;

/// <summary>The one-line confirmation a page shows after a redirect (post-redirect-get), kept in TempData.</summary>
public static class Notices
{
    public const string Key = "Notice";
}
