using AsoPlan.Web.Areas.Admin.Models;
using AsoPlan.Web.Features.Accounts;

namespace AsoPlan.Web.Shared.Forms;

public sealed record SectionOption(int Id, string Name, string Department);
