using System.Globalization;

namespace Campaign.Domain.Serialization;

/// <summary>The errors found while reading, capped at <see cref="DatasetReadOptions.MaxErrors"/>; the rest are counted.</summary>
internal sealed class DatasetErrorList
{
    private readonly List<DatasetError> _errors = [];
    private readonly int _max;
    private int _leftOut;

    public DatasetErrorList(int max) => _max = max;

    public bool HasErrors => _errors.Count > 0;

    public void Add(string path, int? line, int? position, string message)
    {
        if (_errors.Count < _max)
        {
            _errors.Add(new DatasetError(path, line, position, message));
        }
        else
        {
            _leftOut++;
        }
    }

    public void Clear()
    {
        _errors.Clear();
        _leftOut = 0;
    }

    public List<DatasetError> ToList()
    {
        var all = new List<DatasetError>(_errors);
        if (_leftOut > 0)
        {
            all.Add(new DatasetError("$", null, null, string.Create(
                CultureInfo.InvariantCulture, $"{_leftOut} more error{(_leftOut == 1 ? string.Empty : "s")} not listed (the limit is {_max})")));
        }

        return all;
    }
}
