using AsoPlan.Web.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AsoPlan.Web.Tests.Architecture;

/// <summary>
/// No hand-written method over <see cref="MaxLines"/> lines in src/ (issue 18): a long method is several steps that
/// want names (parse → validate → apply → audit → save). Migrations are generated and left out.
/// </summary>
public sealed class MethodLengthTests
{
    private const int MaxLines = 60;

    [Fact]
    public void No_method_local_function_or_accessor_in_src_is_over_60_lines()
    {
        var src = Path.Combine(Seed.RepositoryRoot(), "src");
        var tooLong = HandWrittenFiles(src)
            .SelectMany(file => LongMembers(src, file))
            .ToList();

        Assert.True(tooLong.Count == 0, $"Over {MaxLines} lines (split into named steps):\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void A_method_over_60_lines_is_found()
    {
        // The check itself: a 61-line method is named, a 60-line one is not.
        var body = string.Concat(Enumerable.Repeat("        Console.WriteLine();\n", 57));
        var code = $"class C\n{{\n    void Long()\n    {{\n{body}        Console.WriteLine();\n    }}\n\n    void Fits()\n    {{\n{body}    }}\n}}\n";

        var found = Members(CSharpSyntaxTree.ParseText(code)).Where(m => m.Lines > MaxLines).Select(m => m.Name).ToList();

        Assert.Equal(["Long"], found);
        Assert.Equal(61, Members(CSharpSyntaxTree.ParseText(code)).Single(m => m.Name == "Long").Lines);
    }

    private static IEnumerable<string> HandWrittenFiles(string src) =>
        Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(path =>
            {
                var parts = Path.GetRelativePath(src, path).Split(Path.DirectorySeparatorChar);
                return !parts.Any(p => p is "bin" or "obj" or "Migrations" || p.StartsWith("AsoPlan.Data.Migrations.", StringComparison.Ordinal))
                    && !path.EndsWith(".g.cs", StringComparison.Ordinal)
                    && !path.EndsWith(".Designer.cs", StringComparison.Ordinal);
            });

    private static IEnumerable<string> LongMembers(string src, string file) =>
        Members(CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file))
            .Where(m => m.Lines > MaxLines)
            .Select(m => $"{Path.GetRelativePath(src, file)}:{m.Line} {m.Name} ({m.Lines} lines)");

    /// <summary>Every method, constructor, operator, local function, accessor and expression-bodied property, with its length in lines (attributes and body, not its doc comment).</summary>
    private static IEnumerable<(string Name, int Line, int Lines)> Members(SyntaxTree tree) =>
        from node in tree.GetRoot().DescendantNodes()
        let name = NameOf(node)
        where name is not null
        let span = node.GetLocation().GetLineSpan()
        select (name!, span.StartLinePosition.Line + 1, span.EndLinePosition.Line - span.StartLinePosition.Line + 1);

    private static string? NameOf(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text + " (constructor)",
        BaseMethodDeclarationSyntax other => other.Kind().ToString(),
        LocalFunctionStatementSyntax local => local.Identifier.Text,
        AccessorDeclarationSyntax accessor => AccessorName(accessor),
        PropertyDeclarationSyntax { ExpressionBody: not null } property => property.Identifier.Text,
        _ => null,
    };

    private static string AccessorName(AccessorDeclarationSyntax accessor) => (accessor.Parent?.Parent switch
    {
        PropertyDeclarationSyntax p => p.Identifier.Text,
        EventDeclarationSyntax e => e.Identifier.Text,
        _ => "this[]",
    }) + "." + accessor.Keyword.Text;
}
