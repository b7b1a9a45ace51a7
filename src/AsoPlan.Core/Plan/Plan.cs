namespace AsoPlan.Core.Plan;

/// <summary>The comprehensive plan (総合計画) and its basic concept (基本構想).</summary>
public class Plan
{
    public int Id { get; set; }

    /// <summary>Natural key used by the seed import, e.g. <c>aso-2</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int ConceptStartFiscalYear { get; set; }

    public int ConceptEndFiscalYear { get; set; }

    /// <summary>The sentence that introduces the 将来都市像 (…次のとおり定めます。).</summary>
    public string? VisionLead { get; set; }

    /// <summary>将来都市像.</summary>
    public required string Vision { get; set; }

    /// <summary>将来都市像に込めた思い (paragraphs separated by blank lines).</summary>
    public required string VisionThoughts { get; set; }

    /// <summary>The sentence that leads to the 基本理念.</summary>
    public required string PhilosophyIntro { get; set; }

    /// <summary>基本理念.</summary>
    public required string Philosophy { get; set; }

    /// <summary>The words that end the 基本理念 sentence, e.g. を基本理念とします。.</summary>
    public string? PhilosophyClosing { get; set; }

    /// <summary>重点テーマ title, e.g. 災害からの早期復旧・復興.</summary>
    public required string PriorityThemeTitle { get; set; }

    public required string PriorityThemeCategory { get; set; }

    public required string PriorityThemeText { get; set; }

    public List<PlanSection> Sections { get; set; } = [];

    public List<Challenge> Challenges { get; set; } = [];

    public List<PlanPeriod> Periods { get; set; } = [];
}
