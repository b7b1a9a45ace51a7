using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.Voice;

/// <summary>
/// What a citizen's opinion must be to be received: some text, at most 2,000 characters, at most two links; the optional
/// age group and district from their lists; an optional name on one line. Consent to publication is not needed to send
/// (the opinion is still read and answered), only to publish. Every problem is named beside its field, and nothing is
/// stored while there is one.
/// </summary>
public static partial class OpinionSubmissionRules
{
    public const int MaxTextLength = 2000;

    /// <summary>Two links let a citizen point to a page or a map; link spam needs many more.</summary>
    public const int MaxLinks = 2;

    public const int MaxNameLength = 50;

    /// <summary>The form's field names, which the messages are keyed by.</summary>
    public static class Fields
    {
        public const string Text = nameof(OpinionSubmission.Text);
        public const string AgeGroup = nameof(OpinionSubmission.AgeGroup);
        public const string District = nameof(OpinionSubmission.District);
        public const string Name = nameof(OpinionSubmission.Name);

        /// <summary>Messages about the whole form rather than one field.</summary>
        public const string Form = "";
    }

    /// <summary>
    /// Said when the hidden field was filled in. A program filling every field gets it and goes away; a person whose browser
    /// filled it by accident (rare: it is named so autofill skips it) keeps their text and sends again, so nothing is lost.
    /// </summary>
    public const string TrapMessage = "送信内容を確認できませんでした。お手数ですが、内容を確かめてもう一度「送信する」を押してください。";

    public static OpinionSubmissionCheck Check(OpinionSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var problems = new List<OpinionProblem>();
        if (!string.IsNullOrEmpty(submission.Trap))
        {
            problems.Add(new(Fields.Form, TrapMessage));
        }

        var text = CheckText(submission.Text, problems);
        var ageGroup = CheckChoice(submission.AgeGroup, SenderAttributes.AgeGroups, Fields.AgeGroup, "年代は一覧から選んでください。", problems);
        var district = CheckChoice(submission.District, SenderAttributes.Districts, Fields.District, "お住まいの地区は一覧から選んでください。", problems);
        var name = CheckName(submission.Name, problems);
        return problems.Count > 0 || text is null
            ? new OpinionSubmissionCheck(null, problems)
            : new OpinionSubmissionCheck(new AcceptedOpinion(text, ageGroup, district, name, submission.ConsentToPublish, OpinionDuplicates.Fingerprint(text)), []);
    }

    /// <summary>The links in a text: http(s) addresses and www. names (each counted once, up to the first non-ASCII character or space), also typed in full-width letters.</summary>
    public static int LinkCount(string? text) =>
        string.IsNullOrEmpty(text) ? 0 : LinkPattern().Count(text.Normalize(NormalizationForm.FormKC));

    private static string? CheckText(string? input, List<OpinionProblem> problems)
    {
        var check = TextInput.Check(input, "ご意見", MaxTextLength, required: true);
        if (!check.Succeeded)
        {
            problems.Add(new(Fields.Text, check.Error!));
            return null;
        }

        if (OpinionDuplicates.Normalize(check.Text).Length == 0)
        {
            problems.Add(new(Fields.Text, "ご意見の内容を入力してください（記号や空白だけでは送信できません）。"));
            return null;
        }

        var links = LinkCount(check.Text);
        if (links > MaxLinks)
        {
            problems.Add(new(Fields.Text, string.Create(CultureInfo.InvariantCulture, $"ご意見に含められるURL（リンク）は{MaxLinks}件までです（現在{links}件）。")));
            return null;
        }

        return check.Text;
    }

    private static string? CheckChoice(string? input, IReadOnlyList<OpinionChoice> choices, string field, string message, List<OpinionProblem> problems)
    {
        var code = input?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        if (choices.Any(c => c.Code == code))
        {
            return code;
        }

        problems.Add(new(field, message));
        return null;
    }

    private static string? CheckName(string? input, List<OpinionProblem> problems)
    {
        var name = input?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (name.Any(char.IsControl))
        {
            problems.Add(new(Fields.Name, "お名前は改行を含めずに入力してください。"));
            return null;
        }

        if (name.Length > MaxNameLength)
        {
            problems.Add(new(Fields.Name, string.Create(CultureInfo.InvariantCulture, $"お名前は{MaxNameLength}文字以内で入力してください（現在{name.Length}文字）。")));
            return null;
        }

        return name;
    }

    [GeneratedRegex(@"(?:https?://|www\.)[!-~]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
