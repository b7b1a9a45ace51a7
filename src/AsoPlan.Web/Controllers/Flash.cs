namespace AsoPlan.Web.Controllers;

/// <summary>The one-line outcome shown after a redirect (post-redirect-get).</summary>
public static class Flash
{
    public const string Key = "Flash";

    public const string ErrorKey = "FlashError";
}
