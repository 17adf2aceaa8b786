namespace Campaign.Cli.Messages;

/// <summary>Where the evaluation date of a check came from.</summary>
internal enum AsOfSource
{
    /// <summary><c>--as-of</c>.</summary>
    Option,

    /// <summary>The dataset's <c>campaign.asOf</c>.</summary>
    Dataset,

    /// <summary>Today's date (neither of the others).</summary>
    Today,
}
