using AsoPlan.Web.Features.Accounts;
using AsoPlan.Web.Features.PlanEditing;

namespace AsoPlan.Web.Shared.Forms;

public sealed record SectionOption(int Id, string Name, string Department);
