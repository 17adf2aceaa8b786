namespace Campaign.Domain.Campaigns;

/// <summary>The batch of the campaign (第一批 / 第二批).</summary>
public enum CampaignBatch
{
    /// <summary>The first batch (第一批): central and provincial organs.</summary>
    First,

    /// <summary>The second batch (第二批): organs below the province, their directly affiliated units and grass-roots organisations.</summary>
    Second,
}
