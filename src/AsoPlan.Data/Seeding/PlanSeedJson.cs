using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AsoPlan.Data.Seeding;

/// <summary>The JSON settings of the seed format, shared by the reader, the validator and the export.</summary>
public static class PlanSeedJson
{
    public static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    // Indented with Japanese text unescaped, so an exported plan is readable and diffs line by line.
    public static readonly JsonSerializerOptions WriteOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(PlanSeed seed) => JsonSerializer.Serialize(seed, WriteOptions) + "\n";
}
