namespace AsoPlan.Core.Progress;

/// <summary>
/// How many indicators fall in each band, how many have no rating yet (未評価: nothing to judge
/// for the year), and how many are worse than their baseline. The dashboard, the public overview
/// and the report all count with this, so their numbers cannot drift apart.
/// </summary>
public sealed record RatingTally(int A, int B, int C, int D, int Unrated, int WorseThanBaseline)
{
    public static RatingTally Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public int Rated => A + B + C + D;

    public int Total => Rated + Unrated;

    /// <summary>Counts one result per indicator; null is an indicator without a rating for the year.</summary>
    public static RatingTally Of(IEnumerable<Achievement?> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Aggregate(Empty, (tally, result) => tally.Add(result));
    }

    public RatingTally Add(Achievement? result)
    {
        if (result is null)
        {
            return this with { Unrated = Unrated + 1 };
        }

        var counted = result.Rating switch
        {
            AchievementRating.A => this with { A = A + 1 },
            AchievementRating.B => this with { B = B + 1 },
            AchievementRating.C => this with { C = C + 1 },
            _ => this with { D = D + 1 },
        };
        return result.WorseThanBaseline ? counted with { WorseThanBaseline = WorseThanBaseline + 1 } : counted;
    }

    public int Count(AchievementRating rating) => rating switch
    {
        AchievementRating.A => A,
        AchievementRating.B => B,
        AchievementRating.C => C,
        _ => D,
    };

    public static RatingTally operator +(RatingTally left, RatingTally right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.A + right.A, left.B + right.B, left.C + right.C, left.D + right.D, left.Unrated + right.Unrated, left.WorseThanBaseline + right.WorseThanBaseline);
    }
}
