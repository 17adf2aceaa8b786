namespace Campaign.Rules.RuleModel;

/// <summary>
/// Implemented by facts whose identity in working memory is not their reference: two facts with equal
/// identities are the same fact (an update replaces one with the other).
/// </summary>
public interface IIdentityProvider
{
    /// <summary>Returns the identity of the fact; it must not change while the fact is in a session.</summary>
    /// <returns>An object compared with <see cref="object.Equals(object)"/>.</returns>
    object GetIdentity();
}
