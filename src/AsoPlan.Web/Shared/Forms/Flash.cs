namespace AsoPlan.Web.Shared.Forms;

/// <summary>The one-line outcome shown after a redirect (post-redirect-get).</summary>
public static class Flash
{
    public const string Key = "Flash";

    public const string ErrorKey = "FlashError";

    /// <summary>Set in the request's items once the message is on the page, so the layout does not show it a second time.</summary>
    public const string ShownKey = "FlashShown";
}
