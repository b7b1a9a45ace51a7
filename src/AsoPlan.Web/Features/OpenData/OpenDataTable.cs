using System.Text.Json.Nodes;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;

namespace AsoPlan.Web.Features.OpenData;

/// <summary>One column of a simple open-data file: its CSV header, JSON name, what it means (the column dictionary on /opendata) and its value.</summary>
public sealed record OpenDataField<T>(string Header, string JsonName, string Description, Func<T, object?> Value);

/// <summary>
/// A file of one row per item, written as CSV (UTF-8 with BOM, no live formula: <see cref="CsvText"/>) and as JSON
/// (<c>{"source": …, "&lt;items&gt;": [ … ]}</c>) from the same columns, so the two and the dictionary never disagree.
/// </summary>
public static class OpenDataTable
{
    public static byte[] Csv<T>(IReadOnlyList<OpenDataField<T>> fields, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return CsvText.Write(fields.Select(c => c.Header), rows.Select(row => fields.Select(c => CsvText.Field(c.Value(row)))));
    }

    public static JsonObject Json<T>(PortalPeriod period, string itemsName, IReadOnlyList<OpenDataField<T>> fields, IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var items = new JsonArray();
        foreach (var row in rows)
        {
            var item = new JsonObject();
            foreach (var field in fields)
            {
                item[field.JsonName] = field.Value(row) switch
                {
                    null => null,
                    long number => JsonValue.Create(number),
                    int number => JsonValue.Create(number),
                    var other => JsonValue.Create(other.ToString()),
                };
            }

            items.Add(item);
        }

        return new JsonObject { ["source"] = OpenDataSource.Name(period), [itemsName] = items };
    }
}
