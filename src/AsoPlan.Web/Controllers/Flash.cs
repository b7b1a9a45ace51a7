namespace AsoPlan.Web.Controllers;

/// <summary>The one-line confirmation shown after a redirect (post-redirect-get).</summary>
public static class Flash
{
    public const string Key = "Flash";
}
