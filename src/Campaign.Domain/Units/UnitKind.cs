namespace Campaign.Domain.Units;

/// <summary>The kind of a participating unit; it decides which focus problems the unit must address.</summary>
public enum UnitKind
{
    /// <summary>City and county leading organs, leadership teams and leading cadres (市、县领导机关、班子和领导干部).</summary>
    CountyLeadership,

    /// <summary>Directly affiliated units (直属单位).</summary>
    DirectlyAffiliated,

    /// <summary>Law-enforcement and supervision departments and window units (执法监管部门和窗口单位).</summary>
    LawEnforcementOrWindow,

    /// <summary>Service industries (服务行业).</summary>
    ServiceIndustry,

    /// <summary>Townships and urban sub-districts (乡镇、街道).</summary>
    TownshipOrStreet,

    /// <summary>Industrial cluster districts (产业集聚区).</summary>
    IndustrialCluster,

    /// <summary>Villages and urban communities (村、社区).</summary>
    VillageOrCommunity,

    /// <summary>Enterprises and public institutions (企事业单位).</summary>
    EnterpriseOrInstitution,

    /// <summary>State-owned enterprises (国有企业).</summary>
    StateOwnedEnterprise,

    /// <summary>Universities (高校).</summary>
    University,

    /// <summary>Primary and secondary schools and kindergartens (中小学、幼儿园).</summary>
    SchoolOrKindergarten,

    /// <summary>Non-public economic organisations (非公有制经济组织).</summary>
    NonPublicEconomic,

    /// <summary>Social organisations (社会组织).</summary>
    SocialOrganisation,

    /// <summary>Other grass-roots organisations (其他基层组织).</summary>
    OtherGrassroots,
}
