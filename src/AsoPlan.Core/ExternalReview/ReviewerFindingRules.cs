using AsoPlan.Core.Workflow;

namespace AsoPlan.Core.ExternalReview;

/// <summary>A message for one field of a findings form, in Japanese (fields: <c>Rating</c>, <c>Text</c>, ...).</summary>
public sealed record FindingProblem(string Field, string Message);

/// <summary>
/// A reviewer's finding on a measure: a rating, and text that is required whenever the rating is short of 妥当 (a finding
/// that something should change must say what). Text with 妥当 is welcome (a remark).
/// </summary>
public static class ReviewerFindingRules
{
    public const int MaxTextLength = 2000;

    public const string RatingField = "Rating";

    public const string TextField = "Text";

    public static IReadOnlyList<FindingProblem> Problems(FindingRating? rating, string? text)
    {
        var problems = new List<FindingProblem>();
        if (rating is null || !FindingRatingLabels.All.Contains(rating.Value))
        {
            problems.Add(new(RatingField, "評価（妥当・一部見直しが必要・見直しが必要）を選んでください。"));
        }

        var check = TextInput.Check(text, "意見", MaxTextLength, required: false);
        if (!check.Succeeded)
        {
            problems.Add(new(TextField, check.Error!));
        }
        else if (check.Text is null && rating is { } r && FindingRatingLabels.All.Contains(r) && r.NeedsText())
        {
            problems.Add(new(TextField, $"評価を「{r.Japanese()}」とする場合は、見直しが必要な点（意見）を入力してください。"));
        }

        return problems;
    }
}
