namespace AsoPlan.Web.Features.Notices;

/// <summary><c>Reminders:*</c>.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>How many days before a window's deadline sections still owing records are reminded; 0 turns that reminder off.</summary>
    public int DaysBeforeClose { get; set; } = 7;

    /// <summary>How often the background check looks for due reminders (and retries failed ones).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The portal's public address as staff reach it, e.g. https://plan.city.aso.lg.jp/; the mail links to its /staff page.</summary>
    public string? PortalUrl { get; set; }

    /// <summary>The staff entry page under <see cref="PortalUrl"/>.</summary>
    public Uri StaffPage => new(new Uri(PortalUrl!.EndsWith('/') ? PortalUrl : PortalUrl + "/"), "staff");
}
