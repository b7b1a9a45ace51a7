namespace AsoPlan.Web.Infrastructure.Logging;

/// <summary>
/// The bounded queue in front of the log sinks (<c>Serilog:Buffer</c>). When a sink cannot keep up and its queue
/// is full, new events are dropped rather than making requests wait for the disk or the console
/// (<c>BlockWhenFull</c> false, the default; docs/operations.md, Logs). Dropping is reported on Serilog's
/// self-log only, so it is a setting an operator can turn to blocking where no line may ever be lost.
/// </summary>
public sealed record LogBuffer(int Size, bool BlockWhenFull)
{
    public const string Section = "Serilog:Buffer";

    /// <summary>Ten thousand events: about half a second of a cached page at full speed, a few MB at most.</summary>
    public const int DefaultSize = 10_000;

    public static LogBuffer From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var size = configuration.GetValue<int?>($"{Section}:Size") ?? DefaultSize;
        if (size < 1)
        {
            throw new InvalidOperationException($"{Section}:Size must be at least 1 (it is {size}).");
        }

        return new LogBuffer(size, configuration.GetValue<bool?>($"{Section}:BlockWhenFull") ?? false);
    }
}
