using AsoPlan.Data.Seeding;

namespace AsoPlan.Data.Tests.Seeds;

/// <summary>seeds/ as copied next to the test assembly: plan.json and the two source documents.</summary>
internal static class SeedFiles
{
    public const string BasicConceptFile = "000_ef6a515e2501d018.txt";
    public const string BasicPlanFile = "001_dbfda708931f4611.txt";

    private static readonly Lazy<PlanSeed> LazyPlan = new(() => PlanSeedReader.Read(PathOf(PlanSeedReader.DefaultFileName)));
    private static readonly Lazy<SourceDocument> LazySource = new(() => SourceDocumentParser.Parse(BasicPlan));

    public static PlanSeed Plan => LazyPlan.Value;

    public static SourceDocument Source => LazySource.Value;

    public static string BasicConcept => File.ReadAllText(PathOf(BasicConceptFile));

    public static string BasicPlan => File.ReadAllText(PathOf(BasicPlanFile));

    public static IReadOnlyList<string> Documents => [BasicConcept, BasicPlan];

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "seeds", name);
}
