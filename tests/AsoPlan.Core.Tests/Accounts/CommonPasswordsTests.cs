using AsoPlan.Core.Accounts;

namespace AsoPlan.Core.Tests.Accounts;

public class CommonPasswordsTests
{
    [Fact]
    public void The_shipped_list_is_loaded_whole()
    {
        Assert.Equal(30_000, CommonPasswords.Count);
    }

    [Theory]
    [InlineData("qwerty123456")] // in the list, 12 characters
    [InlineData("1qaz2wsx3edc")] // a keyboard walk from the list
    [InlineData("QWERTY123456")] // case does not help
    [InlineData("  justinbieber ")] // surrounding spaces do not help
    [InlineData("password1234")] // a listed word with digits after it
    [InlineData("Sunshine2024!")] // … and a symbol
    [InlineData("!!dragon!!2024")] // … around it
    [InlineData("aaaaaaaaaaaa")] // one character repeated
    [InlineData("abcabcabcabc")] // a short unit repeated
    [InlineData("121212121212")]
    [InlineData("123456789012")] // a run of digits, 9 wrapping to 0
    [InlineData("987654321098")] // a run downwards
    [InlineData("abcdefghijklm")] // a run of letters
    [InlineData("zyxwvutsrq")] // a run of letters downwards
    [InlineData("wxyzwxyzwxyz")] // a unit of four repeated
    [InlineData("abc")] // the shortest run
    [InlineData("0/.-,+*)('")] // a run of symbols (no digits to wrap)
    public void Guessable_passwords_are_common(string password)
    {
        Assert.True(CommonPasswords.IsCommon(password), password);
    }

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("a much longer new passphrase")]
    [InlineData("kensetsu-demo-2024")]
    [InlineData("阿蘇の草原と外輪山の朝")]
    [InlineData("dragonfly in the garden")] // a listed word inside a phrase is fine
    [InlineData("1357924680ab")]
    [InlineData("abcdeabcde")] // a unit of five is not looked for
    [InlineData("xq7z")] // short, but no pattern: length is the form's rule, not this one's
    [InlineData("alw")] // letters eleven apart are no run
    [InlineData("1245789ab")] // starts like a run, does not go on as one
    [InlineData("z9")]
    [InlineData("")]
    [InlineData(null)]
    public void Phrases_and_unlisted_passwords_are_not_common(string? password)
    {
        Assert.False(CommonPasswords.IsCommon(password), password);
    }
}
