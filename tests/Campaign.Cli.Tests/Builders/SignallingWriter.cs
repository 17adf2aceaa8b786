using System.Text;

namespace Campaign.Cli.Tests.Builders;

/// <summary>A thread-safe text writer that completes <see cref="Seen"/> once the text written contains a given string.</summary>
internal sealed class SignallingWriter(string awaited) : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Encoding Encoding => Encoding.UTF8;

    public Task Seen => _seen.Task;

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
            if (!_seen.Task.IsCompleted && _text.ToString().Contains(awaited, StringComparison.Ordinal))
            {
                _seen.SetResult();
            }
        }
    }

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}
