using System.Globalization;
using System.Security.Cryptography;
using AsoPlan.Core.FiscalYears;

namespace AsoPlan.Core.Voice;

/// <summary>
/// The number the thank-you page gives a sender (受付番号), e.g. R8-00042-K7QF: the fiscal year of receipt, the opinion's
/// number within it, and four random letters. It is how a sender names their opinion when asking for its deletion,
/// without an account; the random part keeps a stranger from naming someone else's opinion by counting.
/// </summary>
public static class ReceiptNumber
{
    // No 0/O, 1/I/L: read out over the phone, these are confused.
    private const string CheckLetters = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int CheckLength = 4;

    public static string Format(int fiscalYear, int numberInYear, string check) =>
        string.Create(CultureInfo.InvariantCulture, $"{new FiscalYear(fiscalYear).ToShortLabel()}-{numberInYear:D5}-{check}");

    public static string NewCheck() => RandomNumberGenerator.GetString(CheckLetters, CheckLength);
}
