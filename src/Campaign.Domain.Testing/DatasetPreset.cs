namespace Campaign.Domain.Testing;

/// <summary>
/// The kinds of synthetic dataset that <see cref="CampaignGenerator"/> makes: three realistic sizes (cli.md, <c>generate</c>) and
/// two small kinds for property and differential tests.
/// </summary>
public enum DatasetPreset
{
    /// <summary>One urban district: a district committee, a few directly affiliated and window units, two streets and their communities; a few hundred records.</summary>
    District,

    /// <summary>One county: its committee, about ten organs, about ten townships and their villages; tens of thousands of records.</summary>
    County,

    /// <summary>
    /// One province sized on the seeds: about 16 prefectures, 105 counties, 1,050 townships, 39,000 villages and communities,
    /// 120,000 ledgers (three per township or village) holding about 600,000 problems, and about 750,000 opinions.
    /// </summary>
    Province,

    /// <summary>
    /// A handful of county-level units of random kinds and tens of records, most of them near a rule's edge: claims 28 to 32
    /// days after receipt, deadlines and completions a day either side, education periods around three months, weak-and-lax
    /// dates around their deadlines, satisfaction rates of 0.89, 0.90 and 1.0, problem texts that differ only in spaces,
    /// case or punctuation, vague and concrete measures, focus ids of every list and no, one or two focus lists. Records may
    /// break every rule, and dates may lie after <see cref="GeneratorOptions.AsOf"/>. <see cref="GeneratorOptions.Scale"/>
    /// multiplies the record counts. For differential tests against a reference and for monitor tests.
    /// </summary>
    Boundaries,

    /// <summary>
    /// Up to five units, five people, four opinions, five problems and four rectifications whose content the format and the
    /// domain accept but no ledger would hold: every reference resolves, parents form no loop, owners belong to the problem's
    /// unit and statuses match completion days; beyond that any enum value, any date from 2013 to 2021 in any order (the
    /// as-of date is sometimes absent, <see cref="GeneratorOptions.AsOf"/> is not used), ids and texts mixing Chinese, ASCII,
    /// quotes, backslashes, control characters and characters outside the BMP, and every optional field sometimes absent.
    /// <see cref="GeneratorOptions.Scale"/> multiplies the largest counts. For round trips through writers and readers.
    /// </summary>
    Unusual,
}
