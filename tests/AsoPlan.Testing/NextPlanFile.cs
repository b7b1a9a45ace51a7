using System.Text.Json.Nodes;

namespace AsoPlan.Testing;

/// <summary>
/// The plan-file edit both suites make to have two plan periods: the exported 後期基本計画 becomes a 次期基本計画
/// (R7–R10, baseline R6) with a new period code and name; measure numbers and indicator codes stay (they restart
/// in each period), and every indicator's target year moves to the new period's last year.
/// </summary>
public static class NextPlanFile
{
    public const string OldCode = "aso-2-late";
    public const string NextCode = "aso-2-next";
    public const string NextName = "次期基本計画";

    /// <summary>Edits <paramref name="plan"/> (an export-plan file) in place into the next period's file and returns it.</summary>
    public static JsonNode From(JsonNode plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var period = plan["period"]!;
        period["code"] = NextCode;
        period["name"] = NextName;
        period["startFiscalYear"] = 2025;
        period["endFiscalYear"] = 2028;
        period["baselineFiscalYear"] = 2024;
        foreach (var indicator in period["policies"]!.AsArray().SelectMany(p => p!["measures"]!.AsArray()).SelectMany(m => m!["indicators"]!.AsArray()))
        {
            indicator!["target"]!["fiscalYear"] = 2028;
        }

        return plan;
    }
}
