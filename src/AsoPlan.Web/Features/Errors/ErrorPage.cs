namespace AsoPlan.Web.Features.Errors;

/// <summary>What the error page tells the reader for a status code.</summary>
public sealed record ErrorPage(int StatusCode, string Title, string Message)
{
    /// <summary>The opinion form refused by the per-address limit: nothing was received, and the text may still be a step back.</summary>
    public static ErrorPage OpinionsThrottled { get; } = new(
        429,
        "ただいまご意見を受け付けられません",
        "同じネットワークから短い時間に続けてご意見が送信されたため、受け付けを一時的に止めています。このご意見は受け付けていません（保存もしていません）。ブラウザの「戻る」で入力画面に戻ると入力した内容が残っている場合がありますので、控えておき、しばらく（数分、多数の場合は翌日まで）時間をおいてからもう一度お送りください。");

    public static ErrorPage For(int statusCode) => statusCode switch
    {
        400 => new(statusCode, "リクエストを処理できませんでした", "送信された内容を確認できませんでした。お手数ですが、前のページに戻ってもう一度お試しください。"),
        401 or 403 => new(statusCode, "このページを表示する権限がありません", "このページは、権限のある職員だけが利用できます。"),
        404 => new(statusCode, "ページが見つかりません", "お探しのページは、移動または削除されたか、アドレスが間違っている可能性があります。"),
        413 => new(statusCode, "送信された内容が大きすぎます", "ファイルや入力の大きさが、受け付けられる上限を超えています。ワークブックや計画ファイルは、この画面からダウンロードしたものを選び、もう一度お試しください。"),
        429 => new(statusCode, "しばらく時間をおいてからお試しください", "短い時間に続けて送信されたため、受け付けを一時的に止めています。1分ほど待ってから、もう一度お試しください。"),
        >= 500 => new(statusCode, "システムエラーが発生しました", "申し訳ありません。ページを表示できませんでした。しばらくしてからもう一度お試しください。"),
        _ => new(statusCode, "ページを表示できません", "お手数ですが、トップページからもう一度お探しください。"),
    };
}
