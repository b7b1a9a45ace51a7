using System.Globalization;
using AsoPlan.Core.FiscalYears;
using AsoPlan.Core.Progress;

namespace AsoPlan.Core.Publication;

/// <summary>One indicator's entry in the record being approved, with what it is judged against.</summary>
public sealed record PublishingEntry(int IndicatorId, string Name, string Unit, int Decimals, IndicatorGoal? Goal, decimal? Value, bool Preliminary, string? NotAvailableReason);

/// <summary>
/// Builds what an approval publishes: each value with its status and its evaluation as of now, and — when the
/// record was published before (a correction) — the dated public notes saying what changed and why. Plain rules,
/// no database (docs/workflow.md, 「訂正」).
/// </summary>
public static class Publishing
{
    public static Publication Publish(
        int recordId,
        int measureId,
        int fiscalYear,
        IReadOnlyList<PublishingEntry> entries,
        Publication? previous,
        string? reason,
        DateTime publishedAtUtc,
        AchievementCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(calculator);
        var before = previous?.Values.ToDictionary(v => v.IndicatorId) ?? [];
        var publication = new Publication
        {
            PdcaRecordId = recordId,
            MeasureId = measureId,
            FiscalYear = fiscalYear,
            Revision = (previous?.Revision ?? 0) + 1,
            IsCurrent = true,
            PublishedAt = publishedAtUtc,
            Reason = previous is null ? null : reason,
        };
        var changes = new List<(ChangeKind Kind, string Text)>();
        foreach (var entry in entries)
        {
            var prior = before.GetValueOrDefault(entry.IndicatorId);
            var value = new PublishedValue
            {
                IndicatorId = entry.IndicatorId,
                Value = entry.Value,
                NotAvailableReason = entry.Value is null ? entry.NotAvailableReason : null,
                Status = StatusOf(entry, prior),
            };
            value.Record(calculator.Judge(entry.Goal, fiscalYear, entry.Value));
            publication.Values.Add(value);
            if (previous is not null && Change(entry, prior) is { } change)
            {
                changes.Add(change);
            }
        }

        publication.Notes = changes.Count == 0 ? null : Notes(changes, reason, publishedAtUtc);
        return publication;
    }

    /// <summary>
    /// 未確定 without a value; 速報値 when marked so; 訂正済 once a published value has been changed (and it stays so);
    /// otherwise 確定 — including a value that replaces 未確定 or a 速報値.
    /// </summary>
    public static ValueStatus StatusOf(PublishingEntry entry, PublishedValue? prior)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Value is not { } value)
        {
            return ValueStatus.NotAvailable;
        }

        if (entry.Preliminary)
        {
            return ValueStatus.Preliminary;
        }

        return prior switch
        {
            { Status: ValueStatus.Corrected, Value: { } was } when was == value => ValueStatus.Corrected,
            { Status: ValueStatus.Final or ValueStatus.Corrected, Value: { } was } when was != value => ValueStatus.Corrected,
            _ => ValueStatus.Final,
        };
    }

    /// <summary>The public words of a status: 確定 / 速報値 / 未確定（理由） / 訂正済.</summary>
    public static string Label(ValueStatus status, string? notAvailableReason) => status switch
    {
        ValueStatus.Preliminary => "速報値",
        ValueStatus.NotAvailable => notAvailableReason is { Length: > 0 } reason ? $"未確定（{reason}）" : "未確定",
        ValueStatus.Corrected => "訂正済",
        _ => "確定",
    };

    private enum ChangeKind
    {
        Finalised = 1,
        Filled = 2,
        Corrected = 3,
    }

    private static (ChangeKind, string)? Change(PublishingEntry entry, PublishedValue? prior)
    {
        var was = prior is null ? "未公表" : prior.Value is { } old ? Number(old, entry) : "未確定";
        var now = entry.Value is { } v ? Number(v, entry) + (entry.Preliminary ? "（速報値）" : string.Empty) : $"未確定（{entry.NotAvailableReason}）";
        if (prior is { Status: ValueStatus.Preliminary } && entry.Value is not null && !entry.Preliminary)
        {
            return (ChangeKind.Finalised, $"{entry.Name} {was}（速報値）→ {now}（確定値）");
        }

        if (prior?.Value == entry.Value && (prior?.Status == ValueStatus.Preliminary) == entry.Preliminary)
        {
            return null;
        }

        return prior?.Value is null && entry.Value is not null
            ? (ChangeKind.Filled, $"{entry.Name} {was} → {now}")
            : (ChangeKind.Corrected, $"{entry.Name} {was} → {now}");
    }

    private static string Notes(List<(ChangeKind Kind, string Text)> changes, string? reason, DateTime publishedAtUtc)
    {
        var day = JapanCalendar.WarekiDate(JapanCalendar.Today(new DateTimeOffset(DateTime.SpecifyKind(publishedAtUtc, DateTimeKind.Utc))), weekday: false);
        var why = string.IsNullOrWhiteSpace(reason) ? string.Empty : $"（{reason}）";
        return string.Join("\n", changes.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g =>
            $"{day} {Heading(g.Key)}: {string.Join("、", g.Select(c => c.Text))}{why}"));
    }

    private static string Heading(ChangeKind kind) => kind switch
    {
        ChangeKind.Finalised => "確定値に更新",
        ChangeKind.Filled => "実績値を掲載",
        _ => "訂正",
    };

    private static string Number(decimal value, PublishingEntry entry) =>
        value.ToString("N" + Math.Clamp(entry.Decimals, 0, 6).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + entry.Unit; // "N": 3,761,576 and 98.36, as ja-JP writes them too
}
