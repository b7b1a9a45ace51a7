namespace AsoPlan.Core.Input;

public sealed record NumberParseResult(decimal? Value, string? Error)
{
    public bool Succeeded => Error is null;

    public static NumberParseResult Ok(decimal value) => new(value, null);

    public static NumberParseResult Fail(string error) => new(null, error);
}
