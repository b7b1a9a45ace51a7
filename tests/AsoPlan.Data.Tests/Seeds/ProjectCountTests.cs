using System.Text.RegularExpressions;
using AsoPlan.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>
/// The 179 主な事務・事業 of the basic plan are in the database under their measures: counted per measure from the
/// printed text (each project is a ○ item of a 主要な施策 row), not from plan.json, so a project lost in transcription,
/// import or code numbering fails here.
/// </summary>
public partial class ProjectCountTests
{
    [Fact]
    public async Task Every_printed_project_is_a_row_under_its_measure_with_its_own_code()
    {
        var printed = PrintedProjectsPerMeasure(SeedFiles.BasicPlan);
        Assert.Equal(179, printed.Values.Sum());

        using var database = await TestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateContext())
        {
            await new PlanSeedImporter(db).ImportAsync(SeedFiles.Plan);
        }

        await using var check = database.CreateContext();
        var stored = await check.Projects.GroupBy(p => p.Measure!.Number).Select(g => new { Measure = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Measure, g => g.Count);
        Assert.Equal(printed.Where(p => p.Value > 0).OrderBy(p => p.Key), stored.OrderBy(p => p.Key));

        var codes = await check.Projects.Select(p => new { p.Code, p.Measure!.Number, InitiativeMeasure = p.Initiative!.Measure!.Number }).ToListAsync();
        Assert.All(codes, c => Assert.Equal(c.Number, c.InitiativeMeasure));
        Assert.All(codes, c => Assert.StartsWith($"M{c.Number:00}-P", c.Code, StringComparison.Ordinal));
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Counts the ○ items between one measure heading (実施施策13; the source misprints one as 実施策8) and the next.</summary>
    private static Dictionary<int, int> PrintedProjectsPerMeasure(string text)
    {
        var counts = new Dictionary<int, int>();
        int? measure = null;
        foreach (var line in text.Split('\n'))
        {
            if (Heading().Match(line) is { Success: true } heading)
            {
                measure = int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                counts.TryAdd(measure.Value, 0);
            }
            else if (measure is { } current)
            {
                counts[current] += line.Count(c => c == '○');
            }
        }

        return counts;
    }

    [GeneratedRegex(@"^実施施?策\s*(\d+)")]
    private static partial Regex Heading();
}
