using System.Text.Json;

namespace AsoPlan.Data.Seeding;

/// <summary>Reads seeds/plan.json into <see cref="PlanSeed"/>.</summary>
public static class PlanSeedReader
{
    public const string DefaultFileName = "plan.json";

    private static JsonSerializerOptions Options => PlanSeedJson.ReadOptions;

    public static async Task<PlanSeed> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<PlanSeed>(stream, Options, cancellationToken)
            ?? throw new InvalidDataException($"{path} holds no plan.");
    }

    public static PlanSeed Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<PlanSeed>(stream, Options)
            ?? throw new InvalidDataException($"{path} holds no plan.");
    }
}
