namespace Campaign.Domain.Workbooks;

/// <summary>One sheet of the ledger workbook: its name, the dataset collection it holds, the prefix of assigned ids and its columns.</summary>
internal sealed record LedgerSheet(string Name, string Collection, string IdPrefix, LedgerColumn[] Columns, string Help)
{
    /// <summary>The column that fills <paramref name="field"/>, or -1.</summary>
    public int IndexOf(string field)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (string.Equals(Columns[i].Field, field, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
