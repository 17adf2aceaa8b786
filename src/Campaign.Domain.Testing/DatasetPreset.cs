namespace Campaign.Domain.Testing;

/// <summary>The sizes of synthetic dataset that <see cref="CampaignGenerator"/> makes (cli.md, <c>generate</c>).</summary>
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
}
