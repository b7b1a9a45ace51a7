namespace AsoPlan.Web.Tests.Security;

/// <summary>Values a hostile or broken client sends, and a sample of them per field that keeps the run short.</summary>
public static class HostileCorpus
{
    public static readonly IReadOnlyList<string> Values =
    [
        "' OR '1'='1' --",
        "1; DROP TABLE Policies;--",
        "1 UNION SELECT Email, PasswordHash FROM AspNetUsers --",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        new string('あ', 100_000),
        "\u0000\u0001\u0007\u001b[31m\r\n\t",
        "\u202e\u200b\ufeff😀",
        "99999999999999999999999999999",
        "1e308",
        "NaN",
        "-1",
        "-2147483649",
        "0",
        "abc",
        "１２３",
        "",
        "   ",
        "../../../etc/passwd",
        "{{7*7}}${7*7}",
        "a\r\nSet-Cookie: x=1",
        "//evil.example/",
        "2021-13-45",
        "true",
    ];

    /// <summary>Always sent: the three that break the most (injection, markup, size).</summary>
    private static readonly string[] Always = [Values[0], Values[3], Values[5]];

    /// <summary>
    /// Route values: negative, zero, huge, non-numeric, encoded, injection. (A NUL in the path never reaches the
    /// app: Kestrel answers 400 itself, and the test server refuses to send it.)
    /// </summary>
    public static readonly IReadOnlyList<string> RouteValues = ["-1", "0", "99999999999999999999", "abc", "1%2F2", "1' OR '1'='1", "%E3%81%82", "%FF"];

    /// <summary>
    /// The values for the <paramref name="index"/>-th field: <see cref="Always"/> plus <paramref name="rotating"/>
    /// more, rotating through the corpus so every value reaches some field of every endpoint.
    /// </summary>
    public static IEnumerable<string> Sample(int index, int rotating)
    {
        var rest = Values.Except(Always).ToList();
        return Always.Concat(Enumerable.Range(0, rotating).Select(k => rest[((index * rotating) + k) % rest.Count]));
    }

    /// <summary>Bodies that are not valid UTF-8 once decoded, raw and percent-encoded.</summary>
    public static IEnumerable<byte[]> InvalidUtf8Bodies(string field)
    {
        var name = System.Text.Encoding.ASCII.GetBytes(Uri.EscapeDataString(field) + "=");
        yield return [.. name, 0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80];
        yield return [.. name, .. "%FF%FE%C3%28%ED%A0%80%00"u8.ToArray()];
    }
}
