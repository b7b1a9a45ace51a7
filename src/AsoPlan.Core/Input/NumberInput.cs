using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AsoPlan.Core.Input;

/// <summary>
/// Reads a number as staff type it: full-width digits, thousands separators and spaces are
/// accepted (１，２３４．５ → 1234.5); anything else gets a Japanese message and no value.
/// </summary>
public static partial class NumberInput
{
    public const int MaxLength = 30;

    /// <summary>Values beyond this are not plausible for any indicator of a city plan.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000m;

    private static readonly HashSet<string> CountUnits = ["人", "頭", "件", "回", "団体", "戸", "橋", "施設", "行政区", "班", "冊"];

    public static NumberParseResult Parse(string? input, NumberRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (string.IsNullOrWhiteSpace(input))
        {
            return NumberParseResult.Fail("数値を入力してください。");
        }

        if (input.Length > MaxLength)
        {
            return NumberParseResult.Fail($"数値は{MaxLength}文字以内で入力してください。");
        }

        var text = Normalize(input);
        if (UnitSuffix().Match(text) is { Success: true } suffixed)
        {
            // 「40m」 for an indicator in m is the number the person meant; any other word after the number is a unit
            // they need not type (and may be the wrong one), so it is named rather than guessed at.
            if (!IsUnit(suffixed.Groups["unit"].Value, rules.Unit))
            {
                return NumberParseResult.Fail(rules.Unit.Length > 0 ? $"単位は入力不要です（単位: {rules.Unit}）" : "単位は入力不要です");
            }

            text = suffixed.Groups["number"].Value;
        }

        if (!NumberShape().IsMatch(text))
        {
            return NumberParseResult.Fail("数値として読み取れません。半角・全角の数字、小数点、桁区切りのカンマのみ使えます（例: 1,234.5）。");
        }

        if (text.Contains(',', StringComparison.Ordinal) && !ThousandsGrouping().IsMatch(text))
        {
            return NumberParseResult.Fail("桁区切りのカンマの位置が正しくありません（例: 1,234,567）。");
        }

        var plain = text.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || Math.Abs(value) >= MaxMagnitude)
        {
            return NumberParseResult.Fail("数値が大きすぎます。");
        }

        return RuleProblem(value, plain, rules) is { } problem ? NumberParseResult.Fail(problem) : NumberParseResult.Ok(value);
    }

    /// <summary>What the indicator's rules say about a well-formed number: its sign, its decimals, its maximum; null when it fits.</summary>
    private static string? RuleProblem(decimal value, string plain, NumberRules rules)
    {
        if (value < 0 && !rules.AllowNegative)
        {
            return "マイナスの値は入力できません。";
        }

        var decimals = plain.Contains('.', StringComparison.Ordinal) ? plain.Length - plain.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        if (decimals > rules.MaxDecimals)
        {
            return rules.MaxDecimals == 0
                ? $"{rules.Unit}の値は整数で入力してください。"
                : $"小数点以下は{rules.MaxDecimals}桁までで入力してください。";
        }

        return rules.Maximum is { } max && value > max
            ? $"{max.ToString("0.##", CultureInfo.InvariantCulture)}{rules.Unit}を超える値は入力できません。"
            : null;
    }

    /// <summary>Full-width to half-width (NFKC), Japanese separators to ASCII, spaces removed.</summary>
    public static string Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var folded = input.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            switch (c)
            {
                case '、':
                    builder.Append(',');
                    break;
                case '。':
                    builder.Append('.');
                    break;
                case '−' or '‐' or '－' or 'ー':
                    builder.Append('-');
                    break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Counts are whole numbers unless the source itself prints decimals (市民一人当たりの貸出冊数 4.8冊 is
    /// an average of a count); everything else keeps the source's decimals, at least two.
    /// </summary>
    public static NumberRules RulesFor(string unit, int sourceDecimals)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var maxDecimals = CountUnits.Contains(unit) && sourceDecimals == 0 ? 0 : Math.Max(sourceDecimals, 2);
        decimal? maximum = unit == "%" ? 100m : null;
        return new NumberRules(unit, maxDecimals, maximum, AllowNegative: false);
    }

    /// <summary>The indicator's unit as typed after the number, compared after the same folding (ｍ → m, ％ → %).</summary>
    private static bool IsUnit(string typed, string unit) => unit.Length > 0 && string.Equals(typed, Normalize(unit), StringComparison.Ordinal);

    [GeneratedRegex(@"^-?[0-9][0-9,]*(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberShape();

    /// <summary>A number followed by a word without digits or separators (40m, 98.3%, 12人).</summary>
    [GeneratedRegex(@"^(?<number>-?[0-9][0-9,]*(\.[0-9]+)?)(?<unit>[^0-9.,\-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitSuffix();

    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsGrouping();
}
