namespace Campaign.Rules.Tests.PublicApi;

/// <summary>A linked fact with a version an action can raise.</summary>
public sealed class Note
{
    public Note(string key) => Key = key;

    public string Key { get; }

    public int Version { get; set; }

    public override string ToString() => Key + Version;
}
