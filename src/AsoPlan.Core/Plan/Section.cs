namespace AsoPlan.Core.Plan;

/// <summary>A section (課) with its listed roles; owns measures and, later, staff accounts.</summary>
public class Section
{
    public int Id { get; set; }

    /// <summary>Natural key, e.g. <c>nosei</c>; also used in readable URLs.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int? DepartmentId { get; set; }

    public Department? Department { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Roles (〜に関すること), one per line.</summary>
    public required string Roles { get; set; }

    public List<Measure> Measures { get; set; } = [];

    /// <summary>問い合わせ先: the phone number citizens call; set by administrators, empty until set (never invented).</summary>
    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>Where the section sits, e.g. 阿蘇市役所 本庁舎2階.</summary>
    public string? ContactOffice { get; set; }

    public bool HasContact => ContactPhone is not null || ContactEmail is not null || ContactOffice is not null;
}
