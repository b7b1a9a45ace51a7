using System.Text;

namespace AsoPlan.Web.Infrastructure.Commands;

/// <summary>The console a command talks to; tests give it strings, the real one hides typed passwords.</summary>
public sealed class CommandConsole(TextReader input, TextWriter output, TextWriter error, bool inputRedirected)
{
    public TextWriter Out => output;

    public TextWriter Error => error;

    public static CommandConsole System()
    {
        Console.OutputEncoding = Encoding.UTF8;
        return new CommandConsole(Console.In, Console.Out, Console.Error, Console.IsInputRedirected);
    }

    /// <summary>
    /// The password from the first line of redirected input, or typed twice without echo. Null when
    /// nothing was given or the two entries differ (the reason is already written).
    /// </summary>
    public string? ReadPassword(string prompt, string confirmPrompt)
    {
        if (inputRedirected)
        {
            var line = input.ReadLine();
            if (string.IsNullOrEmpty(line))
            {
                error.WriteLine("標準入力からパスワードを読み取れませんでした。1行目にパスワードを入れてください。");
                return null;
            }

            return line;
        }

        var first = ReadHidden(prompt);
        var second = ReadHidden(confirmPrompt);
        if (first != second)
        {
            error.WriteLine("2回入力したパスワードが一致しません。もう一度やり直してください。");
            return null;
        }

        return first;
    }

    private string ReadHidden(string prompt)
    {
        output.Write(prompt);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                output.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
