namespace AsoPlan.Web.Areas.Admin.Models;

public sealed record SectionOption(int Id, string Name, string Department);
