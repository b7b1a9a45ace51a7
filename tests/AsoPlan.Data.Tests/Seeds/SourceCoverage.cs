using System.Text.RegularExpressions;
using AsoPlan.Data.Seeding;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>
/// Text fidelity in both directions, whitespace-insensitive: every text of plan.json is printed in
/// the documents, and every printed line is in plan.json unless it is layout listed in <see cref="Layout"/>.
/// </summary>
internal static partial class SourceCoverage
{
    /// <summary>Printed lines that are layout, not content (why each is safe to leave out: docs/seed-data.md).</summary>
    public static readonly IReadOnlyList<Regex> Layout =
    [
        // Chapter, section and running page headers; the plan, its period and each policy's kind carry them.
        new(@"^第\d[章節] "),
        new(@"^～(8年計画|後期 4年計画)～$"),
        new(@"^令和3年度～令和6年度$"),
        new(@"^【素案】$"),

        // Captions of photos and figures the text file does not contain, and the figures' own headings.
        new(@"^(寄贈された将来都市像の「のぼり旗」|阿蘇市の夜明け（田子山から撮影）|復興祈念の桜を植樹|スポーツを通じた国際交流|※総合計画進行管理のイメージ図)$"),
        new(@"^(\(4\) |6 )?(基本構想|政策\d「.+」)の体系図$"),
        new(@"^7 施策の大綱$"),

        // Labels of fields and groups: the JSON member says what they say.
        new(@"^－ 将来都市像に込めた思い －$"),
        new(@"^(8 計画の推進に向けて|\(1\) 進行管理の仕組み|\(2\) 計画推進の体制)$"),
        new(@"^(\(1\) 部・課の役割|\(2\) 現状と課題|[（(]3[）)]\s*主な個別計画など|【主な課題】|【主な取り組み】|7 施策の方向|◆目指す指標|◆主要な施策)$"),
        new(@"^(施策名\t内 ?容\t目指す効果\t主な事務・事業|名 称\t担当課\t計画期間など|成果指標名\t基準値 R2\t最終目標 R6)"),

        // Headings whose parts are structured data, compared item by item by SeedFidelity.
        new(@"^政策\d$"),
        new(@"^政策\d「[^」]+」( .+)?$"),
        new(@"^チャレンジ\d "),
        new(@"^(\(\d\) )?実施施?策\s*\d+"),
        new(@"^(- )?目標\s*\d+\s*「"),
    ];

    public static IReadOnlyList<string> NotInSource(PlanSeed plan, IEnumerable<string> documents)
    {
        var source = SeedText.Squash(string.Concat(documents));
        return [.. SeedText.All(plan).Where(t => !source.Contains(SeedText.Squash(t.Text), StringComparison.Ordinal)).Select(t => $"{t.Where}: {t.Text}")];
    }

    public static IReadOnlyList<string> NotInSeed(PlanSeed plan, IEnumerable<string> documents)
    {
        var seed = string.Concat(SeedText.All(plan).Select(t => SeedText.Squash(t.Text)));
        var missing = new List<string>();
        foreach (var line in documents.SelectMany(d => d.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (Layout.Any(r => r.IsMatch(line)))
            {
                continue;
            }

            // A table row is covered cell by cell (a project list ○ by ○, a two-series cell series by series).
            var parts = line.Contains('\t', StringComparison.Ordinal)
                ? line.Split('\t').SelectMany(c => c.Split('○')).Where(c => !Covered(seed, c)).SelectMany(IndicatorCell.SplitSeries)
                : [Unwrap(line)];
            missing.AddRange(parts.Where(p => !Covered(seed, p)).Select(p => $"{line} → {p}"));
        }

        return missing;
    }

    private static bool Covered(string seed, string text) =>
        SeedText.Squash(text) is var squashed && (squashed.Length == 0 || seed.Contains(squashed, StringComparison.Ordinal));

    // Bullets, numbering and the brackets around a heading are print decoration.
    private static string Unwrap(string line)
    {
        var text = Decoration().Replace(line, string.Empty);
        return Wrapped().Match(text) is { Success: true } m ? m.Groups["text"].Value : text;
    }

    [GeneratedRegex(@"^(?:- |◇|◆|[①②③]|\(\d\)\s*|（\d）\s*|\d+ )+")]
    private static partial Regex Decoration();

    [GeneratedRegex(@"^[「(＜〈](?<text>.+)[」)＞〉]$")]
    private static partial Regex Wrapped();
}
