namespace AsoPlan.Web.OpenData;

public static class OpenDataSource
{
    /// <summary>The attribution users of the open data are asked to give.</summary>
    public const string Name = "第2次阿蘇市総合計画 後期基本計画（阿蘇市）";
}
