using System.Text.Json.Nodes;
using AsoPlan.Web.Features.OpenData;
using AsoPlan.Web.Shared.Formatting;
using AsoPlan.Web.Shared.Periods;

namespace AsoPlan.Web.Features.Voice;

/// <summary>One column of opinions.csv / opinions.json: its CSV header, JSON name, what it means (the column dictionary) and its value.</summary>
public sealed record OpinionColumn(string Header, string JsonName, string Description, Func<PublishedOpinion, object> Value);

/// <summary>
/// The open data of published opinions. Only what the public pages show: no receipt number, name, age group or district.
/// The same columns make the CSV (UTF-8 with BOM, no live formula: <see cref="CsvText"/>), the JSON and the dictionary on /opendata.
/// </summary>
public static class OpinionColumns
{
    public static IReadOnlyList<OpinionColumn> All { get; } =
    [
        new("ご意見番号", "id", "公表したご意見の番号（この一覧の中で一意）", o => o.Id),
        new("政策番号", "policyNumber", "施策が属する政策の番号", o => o.PolicyNumber),
        new("実施施策番号", "measureNumber", "ご意見の対象の実施施策の番号", o => o.MeasureNumber),
        new("実施施策名", "measureTitle", "実施施策の名称", o => o.MeasureTitle),
        new("受付日", "receivedOn", "ご意見を受け付けた日（日本時間、YYYY-MM-DD）", o => o.ReceivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("公表日", "publishedOn", "ご意見と市の考え方を公表した日（日本時間、YYYY-MM-DD）", o => o.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("ご意見", "opinion", "寄せられたご意見の本文（送信されたとおり）", o => o.Text),
        new("市の考え方", "reply", "ご意見に対する市の考え方", o => o.Reply),
        new("回答した課", "section", "市の考え方をまとめた課", o => o.SectionName),
    ];

    public static byte[] Csv(IEnumerable<PublishedOpinion> opinions) =>
        CsvText.Write(All.Select(c => c.Header), opinions.Select(o => All.Select(c => CsvText.Field(c.Value(o)))));

    public static JsonObject Json(PortalPeriod period, IEnumerable<PublishedOpinion> opinions)
    {
        var items = new JsonArray();
        foreach (var opinion in opinions)
        {
            var item = new JsonObject();
            foreach (var column in All)
            {
                item[column.JsonName] = column.Value(opinion) switch
                {
                    long number => JsonValue.Create(number),
                    int number => JsonValue.Create(number),
                    var other => JsonValue.Create(other.ToString()),
                };
            }

            items.Add(item);
        }

        return new JsonObject { ["source"] = OpenDataSource.Name(period), ["opinions"] = items };
    }
}
