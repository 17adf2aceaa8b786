using Campaign.Domain.Input;

namespace Campaign.Domain.Serialization;

/// <summary>The errors found while reading: the first <see cref="DatasetReadOptions.MaxErrors"/> are kept, every one is counted.</summary>
internal sealed class DatasetErrorList
{
    private readonly List<InputError> _errors = [];
    private readonly int _max;

    public DatasetErrorList(int max) => _max = max;

    public bool HasErrors => Count > 0;

    /// <summary>How many errors were found, kept or not.</summary>
    public int Count { get; private set; }

    public void Add(string path, int? line, int? position, InputErrorCode code, params string[] arguments)
    {
        if (_errors.Count < _max)
        {
            _errors.Add(new InputError(path, line, position, code, arguments));
        }

        Count++;
    }

    /// <summary>An error given as text (the reference reader of the tests writes its messages this way).</summary>
    public void Add(string path, int? line, int? position, string message)
    {
        if (_errors.Count < _max)
        {
            _errors.Add(new InputError(path, line, position, message));
        }

        Count++;
    }

    public void Clear()
    {
        _errors.Clear();
        Count = 0;
    }

    /// <summary>The refusal: the kept errors and the count of all.</summary>
    public DatasetValidationException ToException() => new(_errors, Count);

    public List<InputError> ToList() => new(_errors);
}
