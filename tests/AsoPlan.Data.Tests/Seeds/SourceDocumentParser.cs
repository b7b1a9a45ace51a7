using System.Text.RegularExpressions;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>
/// Reads the basic plan document line by line. It knows only the document's printed layout
/// (headings, tab-separated tables, ○ and ◇ markers), never plan.json, and throws on a line it
/// does not expect inside a table so that a layout it misreads cannot pass silently.
/// </summary>
internal static partial class SourceDocumentParser
{
    public static SourceDocument Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var policies = new List<SourcePolicy>();
        var measures = new List<SourceMeasure>();
        var policyNumber = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (PolicyHeading().Match(lines[i]) is { Success: true } policy)
            {
                policyNumber = int.Parse(policy.Groups["n"].Value);
                policies.Add(ParsePolicy(lines, i, policyNumber));
            }
            else if (MeasureHeading().Match(lines[i]) is { Success: true } measure)
            {
                measures.Add(ParseMeasure(lines, i, measure, policyNumber));
            }
        }

        return new SourceDocument(policies, measures);
    }

    private static SourcePolicy ParsePolicy(string[] lines, int start, int number)
    {
        var i = NextNonBlank(lines, start + 1);
        var shortName = Bracketed().Match(lines[i].Trim()) is { Success: true } m
            ? m.Groups["text"].Value
            : throw new FormatException($"政策{number}: no 「short name」 after the heading");
        i = NextNonBlank(lines, i + 1);
        var title = string.Empty;
        for (; !IsBlank(lines[i]); i++)
        {
            title += lines[i].Trim(); // a title wrapped over two printed lines is one title
        }

        return new SourcePolicy(number, shortName, title, ParseIndividualPlans(lines, i, number));
    }

    private static List<SourceIndividualPlan> ParseIndividualPlans(string[] lines, int from, int number)
    {
        var plans = new List<SourceIndividualPlan>();
        var start = Array.FindIndex(lines, from, l => IndividualPlansHeading().IsMatch(l));
        var nextPolicy = Array.FindIndex(lines, from, l => PolicyHeading().IsMatch(l));
        if (start < 0 || (nextPolicy >= 0 && nextPolicy < start))
        {
            return plans; // 政策1 has no table of its own
        }

        var section = string.Empty;
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith($"(4) 政策{number}「", StringComparison.Ordinal); i++)
        {
            if (!lines[i].Contains('\t', StringComparison.Ordinal) || lines[i].StartsWith("名 称", StringComparison.Ordinal))
            {
                continue; // blank lines and the running page header inside the table
            }

            var cells = lines[i].Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
            (section, var period) = cells.Length switch
            {
                3 => (cells[1], cells[2]),
                2 => (section, cells[1]),
                _ => throw new FormatException($"政策{number}: unexpected 個別計画 row '{lines[i]}'"),
            };
            plans.Add(new SourceIndividualPlan(cells[0], section, period));
        }

        return plans;
    }

    private static SourceMeasure ParseMeasure(string[] lines, int start, Match heading, int policyNumber)
    {
        var number = int.Parse(heading.Groups["n"].Value);
        var rest = heading.Groups["rest"].Value.Trim();
        string? owner = null;
        string? title = null;
        if (Bracketed().Match(rest) is { Success: true } bracketed)
        {
            title = bracketed.Groups["text"].Value; // (1) 実施施策1「備える」
        }
        else if (Owner().Match(rest) is { Success: true } inline)
        {
            owner = inline.Groups["owner"].Value;
            title = inline.Groups["title"].Value.Trim() is { Length: > 0 } t ? t : null;
        }

        var i = start + 1;
        while (title is null)
        {
            i = NextNonBlank(lines, i);
            var line = lines[i].Trim();
            if (owner is null && Owner().Match(line) is { Success: true } m && m.Groups["title"].Value.Length == 0)
            {
                owner = m.Groups["owner"].Value;
            }
            else
            {
                title = line;
            }

            i++;
        }

        var end = i;
        while (end < lines.Length && !EndsMeasure(lines[end]))
        {
            end++;
        }

        return ReadMeasureBody(lines[i..end], number, policyNumber, owner, title);
    }

    private static SourceMeasure ReadMeasureBody(string[] body, int number, int policyNumber, string? owner, string title)
    {
        var description = new List<string>();
        var goals = new List<SourceSdgGoal>();
        var keyActions = new List<string>();
        var initiatives = new List<SourceInitiative>();
        var rows = new List<SourceIndicatorRow>();
        var footnotes = new List<string>();
        (int Baseline, int Target)? years = null;
        var part = "description";
        foreach (var raw in body)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            switch (line)
            {
                case "◆主要な施策": part = "initiatives"; continue;
                case "◆目指す指標": part = "indicators"; continue;
                case "【主な取り組み】": part = "keyActions"; continue;
            }

            switch (part)
            {
                case "description" when SdgLine().Match(line) is { Success: true } sdg:
                    goals.Add(new SourceSdgGoal(
                        int.Parse(sdg.Groups["goal"].Value),
                        sdg.Groups["label"].Value,
                        [.. TargetNumber().Matches(sdg.Groups["targets"].Value).Select(t => t.Groups["t"].Value)]));
                    break;
                case "description":
                    description.Add(line);
                    break;
                case "keyActions" when line.StartsWith("- ◇", StringComparison.Ordinal):
                    keyActions.Add(line["- ◇".Length..].Trim());
                    break;
                case "initiatives" when line.StartsWith("施策名\t", StringComparison.Ordinal):
                    break;
                case "initiatives" when raw.Split('\t') is { Length: 4 } c:
                    initiatives.Add(new SourceInitiative(c[0].Trim(), c[1].Trim(), c[2].Trim(), Projects(c[3])));
                    break;
                case "indicators" when IndicatorHeader().Match(line) is { Success: true } h:
                    years = (Wareki.Reiwa(int.Parse(h.Groups["b"].Value)), Wareki.Reiwa(int.Parse(h.Groups["t"].Value)));
                    break;
                case "indicators" when raw.Split('\t') is { Length: 3 } c:
                    rows.Add(new SourceIndicatorRow(c[0].Trim(), c[1].Trim(), c[2].Trim()));
                    break;
                case "indicators" when line.StartsWith("(※)", StringComparison.Ordinal):
                    footnotes.Add(line);
                    break;
                default:
                    throw new FormatException($"実施施策{number}: unexpected line in {part}: '{line}'");
            }
        }

        SourceIndicatorTable? table = null;
        if (rows.Count > 0)
        {
            var (baseline, target) = years ?? throw new FormatException($"実施施策{number}: indicator table without a header");
            table = new SourceIndicatorTable(baseline, target, rows, footnotes);
        }

        return new SourceMeasure(number, policyNumber, owner, title, description, goals, keyActions, initiatives, table);
    }

    private static string[] Projects(string cell) =>
        [.. cell.Split('○').Select(p => p.Trim()).Where(p => p.Length > 0)];

    private static bool EndsMeasure(string line) =>
        MeasureHeading().IsMatch(line) || PolicyHeading().IsMatch(line) || line.StartsWith("政策", StringComparison.Ordinal) && line.Contains('「', StringComparison.Ordinal) || line.StartsWith("第3節", StringComparison.Ordinal);

    private static int NextNonBlank(string[] lines, int i)
    {
        while (IsBlank(lines[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    [GeneratedRegex(@"^政策(?<n>\d)$")]
    private static partial Regex PolicyHeading();

    // 実施施策3 / 実施施策 13 / (1) 実施施策1「備える」 / 実施策8 (the source's typo) / 実施施策10 (福祉課) title
    [GeneratedRegex(@"^(?:\(\d\)\s*)?実施施?策\s*(?<n>\d+)\s*(?<rest>.*)$")]
    private static partial Regex MeasureHeading();

    [GeneratedRegex(@"^「(?<text>.+)」$")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^\((?<owner>[^)]+)\)\s*(?<title>.*)$")]
    private static partial Regex Owner();

    [GeneratedRegex(@"^[（(]3[）)]\s*主な個別計画など")]
    private static partial Regex IndividualPlansHeading();

    [GeneratedRegex(@"^(?:- )?目標\s*(?<goal>\d+)\s*「(?<label>[^」]+)」(?:・ターゲット\s*(?<targets>(?:\([^)]+\)\s*)+))?$")]
    private static partial Regex SdgLine();

    [GeneratedRegex(@"\((?<t>[^)]+)\)")]
    private static partial Regex TargetNumber();

    [GeneratedRegex(@"^成果指標名\t基準値 R(?<b>\d+)\t最終目標 R(?<t>\d+)$")]
    private static partial Regex IndicatorHeader();
}
