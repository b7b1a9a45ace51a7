using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>JSON for the open-data files: camelCase, Japanese written as is, indented for people who open it.</summary>
public static class OpenDataJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    /// <summary>indicators.json: the same fields as indicators.csv, numbers as numbers.</summary>
    public static JsonObject Indicators(string source, IReadOnlyList<OpenDataColumn> columns, IEnumerable<IndicatorSeries> series)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var items = new JsonArray();
        foreach (var item in series)
        {
            var obj = new JsonObject();
            foreach (var column in columns)
            {
                obj[column.JsonName] = column.Value(item) switch
                {
                    null => null,
                    decimal number => JsonValue.Create(decimal.Round(number, column.Decimals ?? item.Row.Decimals)),
                    int number => JsonValue.Create(number),
                    var other => JsonValue.Create(other.ToString()),
                };
            }

            items.Add(obj);
        }

        return new JsonObject { ["source"] = source, ["indicators"] = items };
    }
}
