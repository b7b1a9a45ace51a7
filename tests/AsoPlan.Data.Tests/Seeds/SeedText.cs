using AsoPlan.Data.Seeding;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>Every piece of text in plan.json that is transcribed from the documents, in document order.</summary>
internal static class SeedText
{
    /// <summary>Without any whitespace: the documents wrap lines and letter-space headings (経 済 部).</summary>
    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static IEnumerable<(string Where, string Text)> All(PlanSeed plan)
    {
        var texts = new List<(string, string?)>
        {
            ("name", plan.Name), ("vision", plan.Vision), ("visionLead", plan.VisionLead),
            ("philosophyIntro", plan.PhilosophyIntro), ("philosophy", plan.Philosophy), ("philosophyClosing", plan.PhilosophyClosing),
            ("priorityTheme", plan.PriorityTheme.Title), ("priorityTheme", plan.PriorityTheme.Category),
            ("period", plan.Period.Name),
        };
        texts.AddRange(plan.VisionThoughts.Select(t => ("visionThoughts", (string?)t)));
        texts.AddRange(plan.PriorityTheme.Paragraphs.Select(t => ("priorityTheme", (string?)t)));
        texts.AddRange(plan.Sections.SelectMany(s => Section($"section {s.Key}", s)));
        texts.AddRange(plan.Challenges.SelectMany(c =>
            new[] { c.Title, c.Category }.Concat(c.Paragraphs).Select(t => ($"challenge {c.Number}", (string?)t))));
        texts.AddRange(plan.Departments.SelectMany(d =>
            new[] { d.Name, d.Mission }.Concat(d.Sections.SelectMany(s => s.Roles.Prepend(s.Name))).Select(t => ($"department {d.Code}", (string?)t))));
        texts.AddRange(plan.Period.Introduction.Select(t => ("period introduction", (string?)t)));
        texts.AddRange(plan.Period.Policies.SelectMany(Policy));
        return texts.Where(t => t.Item2 is not null).Select(t => (t.Item1, t.Item2!));
    }

    private static IEnumerable<(string, string?)> Section(string where, TextSectionSeed section) =>
        section.Paragraphs.Prepend(section.Heading).Select(t => (where, (string?)t));

    private static IEnumerable<(string, string?)> Policy(PolicySeed policy)
    {
        var where = $"政策{policy.Number}";
        return new[] { policy.ShortName, policy.Title, policy.Subtitle }.Concat(policy.CurrentIssues).Select(t => (where, t))
            .Concat(policy.Sections.SelectMany(s => Section(where, s)))
            .Concat(policy.IndividualPlans.SelectMany(p => new[] { p.Name, p.Section, p.Period }).Select(t => (where, (string?)t)))
            .Concat(policy.Measures.SelectMany(Measure));
    }

    private static IEnumerable<(string, string?)> Measure(MeasureSeed measure)
    {
        var where = $"実施施策{measure.Number}";
        var texts = new List<string?> { measure.Title, measure.OwnerLabel };
        texts.AddRange(measure.SdgGoals.Select(g => g.Label));
        texts.AddRange(measure.Description);
        texts.AddRange(measure.KeyActions);
        texts.AddRange(measure.Initiatives.SelectMany(i => new[] { i.Name, i.Content, i.Effect }.Concat(i.Projects.Select(p => p.Name))));
        texts.AddRange(measure.Indicators.SelectMany(i => new[] { i.RowName, i.Name, i.Baseline.Text, i.Baseline.Note, i.Target.Text, i.Footnote }));
        return texts.Select(t => (where, t));
    }
}
