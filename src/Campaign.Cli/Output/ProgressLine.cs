using System.Globalization;

namespace Campaign.Cli.Output;

/// <summary>
/// A one-line progress display on standard error ("reading 42%"), rewritten in place with a carriage
/// return; silent when progress is off (standard error redirected, or <c>--quiet</c>).
/// </summary>
internal sealed class ProgressLine : IProgress<long>
{
    private readonly CliConsole _console;
    private readonly bool _enabled;
    private string _stage = string.Empty;
    private long _total;
    private int _lastPercent = -1;
    private int _width;

    public ProgressLine(CliConsole console)
    {
        _console = console;
        _enabled = console.ShowsProgress;
    }

    /// <summary>Starts a stage; <paramref name="total"/> is the amount of work (bytes) if known, else 0.</summary>
    public void Stage(string stage, long total = 0)
    {
        _stage = stage;
        _total = total;
        _lastPercent = -1;
        Show(total > 0 ? stage + " 0%" : stage + "…");
    }

    /// <summary>Reports how much of the stage's work is done.</summary>
    public void Report(long value)
    {
        if (!_enabled || _total <= 0)
        {
            return;
        }

        var percent = (int)Math.Min(100, value * 100 / _total);
        if (percent != _lastPercent)
        {
            _lastPercent = percent;
            Show(_stage + " " + percent.ToString(CultureInfo.InvariantCulture) + "%");
        }
    }

    /// <summary>Erases the line.</summary>
    public void Done()
    {
        if (_enabled && _width > 0)
        {
            _console.Error.Write("\r" + new string(' ', _width) + "\r");
            _console.Error.Flush();
            _width = 0;
        }
    }

    private void Show(string text)
    {
        if (!_enabled)
        {
            return;
        }

        var padded = text.Length < _width ? text + new string(' ', _width - text.Length) : text;
        _console.Error.Write("\r" + padded);
        _console.Error.Flush();
        _width = Math.Max(_width, text.Length);
    }
}
