namespace Campaign.Domain.Workbooks;

/// <summary>An enumeration of the workbook: the dataset names and the Chinese labels of its drop-down list, in the same order.</summary>
internal sealed class LedgerEnum
{
    private readonly Dictionary<string, string> _toName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _toLabel = new(StringComparer.Ordinal);

    public LedgerEnum(string title, string[] names, string[] labels)
    {
        if (names.Length != labels.Length)
        {
            throw new InvalidOperationException($"The labels of {title} do not match its names.");
        }

        Title = title;
        Names = names;
        Labels = labels;
        Choices = labels.Select((label, i) => (label, names[i])).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            _toName[labels[i]] = names[i];
            _toName[names[i]] = names[i];
            _toLabel[names[i]] = labels[i];
        }
    }

    /// <summary>The enumeration's Chinese name (the header of its list on the options sheet).</summary>
    public string Title { get; }

    /// <summary>The dataset names.</summary>
    public string[] Names { get; }

    /// <summary>The Chinese labels, indexed as <see cref="Names"/>.</summary>
    public string[] Labels { get; }

    /// <summary>The dataset name of a label or of a name; null for anything else.</summary>
    public string? NameOf(string labelOrName) => _toName.GetValueOrDefault(labelOrName);

    /// <summary>The label of a dataset name; the text itself when it is not a known name (an open enumeration's free text).</summary>
    public string LabelOf(string name) => _toLabel.GetValueOrDefault(name, name);

    /// <summary>The labels with their names, as an error's hint lists them (<c>第一批 (first), 第二批 (second)</c>).</summary>
    public IReadOnlyList<(string Label, string Name)> Choices { get; }
}
