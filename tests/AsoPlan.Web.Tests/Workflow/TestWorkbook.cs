using System.Net.Http.Headers;
using AsoPlan.Testing;
using AsoPlan.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace AsoPlan.Web.Tests.Workflow;

/// <summary>
/// A downloaded entry workbook as a person edits it in Excel: cells addressed by sheet, row and column
/// letter, written back with MiniExcel and uploaded through the page's form.
/// </summary>
public sealed class TestWorkbook
{
    private readonly Dictionary<string, List<Dictionary<string, object?>>> sheets;

    private TestWorkbook(Dictionary<string, List<Dictionary<string, object?>>> sheets) => this.sheets = sheets;

    public IReadOnlyList<string> SheetNames => [.. sheets.Keys];

    public static TestWorkbook Read(byte[] content)
    {
        using var stream = new MemoryStream(content);
        var sheets = new Dictionary<string, List<Dictionary<string, object?>>>();
        foreach (var name in stream.GetSheetNames())
        {
            sheets[name] = [.. stream.Query(useHeaderRow: false, sheetName: name).Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r))];
        }

        return new TestWorkbook(sheets);
    }

    public static async Task<TestWorkbook> DownloadAsync(HttpClient client, string section, int year)
    {
        using var response = await client.GetAsync(new Uri($"/staff/sections/{section}/workbooks/{year}/download", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"download: {(int)response.StatusCode}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var content = await response.Content.ReadAsByteArrayAsync();
        // Every workbook a test downloads must also open in Excel without a repair.
        var errors = XlsxValidation.Errors(content);
        Assert.True(errors.Count == 0, $"the {section} workbook of {year}: {errors.Count} Open XML validation errors\n{string.Join('\n', errors.Take(20))}");
        return Read(content);
    }

    public List<Dictionary<string, object?>> Rows(string sheet) => sheets[sheet];

    public object? this[string sheet, int row, string column]
    {
        get => sheets[sheet][row - 1].GetValueOrDefault(column);
        set => sheets[sheet][row - 1][column] = value;
    }

    /// <summary>The 1-based row whose column <paramref name="keyColumn"/> reads <paramref name="key"/> (指標コード in C, 実施施策 in A).</summary>
    public int RowOf(string sheet, string keyColumn, string key) =>
        sheets[sheet].FindIndex(r => Convert.ToString(r.GetValueOrDefault(keyColumn), System.Globalization.CultureInfo.InvariantCulture) == key) + 1;

    public string? Cover(string item) =>
        Convert.ToString(sheets["表紙"].First(r => Equals(r.GetValueOrDefault("A"), item))["B"], System.Globalization.CultureInfo.InvariantCulture);

    public void RemoveRow(string sheet, int row) => sheets[sheet].RemoveAt(row - 1);

    public void AddRow(string sheet, Dictionary<string, object?> row) => sheets[sheet].Add(row);

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets.ToDictionary(s => s.Key, s => (object)s.Value), printHeader: false);
        return stream.ToArray();
    }

    /// <summary>Uploads through the workbook page's form, with that page's antiforgery token.</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string section, int year, byte[] content, string fileName = "実績入力.xlsx") =>
        PostFileAsync(client, $"/staff/sections/{section}/workbooks/{year}", content, fileName, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /// <summary>Posts a file (field <c>file</c>) through the upload form of the page at <paramref name="url"/>, with that page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, byte[] content, string fileName, string contentType)
    {
        var token = HtmlForm.Token(await client.GetPageAsync(url), url);
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        using var tokenContent = new StringContent(token);
        form.Add(tokenContent, "__RequestVerificationToken");
        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    public Task<HttpResponseMessage> UploadAsync(HttpClient client, string section, int year) => UploadAsync(client, section, year, ToBytes());
}
