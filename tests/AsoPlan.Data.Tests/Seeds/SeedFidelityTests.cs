namespace AsoPlan.Data.Tests.Seeds;

public class SeedFidelityTests
{
    [Fact]
    public void The_source_document_is_read_completely()
    {
        var source = SeedFiles.Source;

        Assert.Equal([1, 2, 3, 4, 5, 6], source.Policies.Select(p => p.Number));
        Assert.Equal(Enumerable.Range(1, 20), source.Measures.Select(m => m.Number));
        Assert.Equal(17, source.Measures.Count(m => m.Indicators is not null));
        Assert.Equal(70, source.Measures.Sum(m => m.Indicators?.Rows.Count ?? 0));
        Assert.All(source.Measures.Where(m => m.Number > 2), m => Assert.NotNull(m.OwnerLabel));
    }

    [Fact]
    public void Every_indicator_row_title_and_initiative_matches_the_source()
    {
        var differences = SeedFidelity.Differences(SeedFiles.Plan, SeedFiles.Source);

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Fact]
    public void Every_text_in_plan_json_is_printed_in_the_documents()
    {
        var missing = SourceCoverage.NotInSource(SeedFiles.Plan, SeedFiles.Documents);

        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void Every_printed_line_of_the_documents_is_in_plan_json()
    {
        var missing = SourceCoverage.NotInSeed(SeedFiles.Plan, SeedFiles.Documents);

        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void The_basic_concepts_passages_follow_the_source_documents_order()
    {
        // The public concept page shows the passages in plan.json's order; each heading and sentence must be the
        // source's, and each passage must come after the one before it in 000_*.txt.
        var source = SeedText.Squash(SeedFiles.BasicConcept);
        var at = 0;
        var problems = new List<string>();
        foreach (var section in SeedFiles.Plan.Sections)
        {
            foreach (var text in section.Paragraphs.Prepend(section.Heading))
            {
                var found = source.IndexOf(SeedText.Squash(text), at, StringComparison.Ordinal);
                if (found < 0)
                {
                    problems.Add($"{section.Key}: «{text}» is {(source.Contains(SeedText.Squash(text), StringComparison.Ordinal) ? "out of the source's order" : "not in the source")}");
                    continue;
                }

                at = found;
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(
            ["concept", "purpose", "period", "basic-goals", "promotion-pdca", "promotion-pdca-cycle", "promotion-collaboration", "promotion-internal", "promotion-regional"],
            SeedFiles.Plan.Sections.Select(s => s.Key));
    }
}
