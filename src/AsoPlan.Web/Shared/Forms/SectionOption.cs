namespace AsoPlan.Web.Shared.Forms;

public sealed record SectionOption(int Id, string Name, string Department);
