namespace Campaign.Domain.Units;

/// <summary>The administrative level of a unit (层级).</summary>
public enum UnitLevel
{
    /// <summary>Province (省).</summary>
    Province,

    /// <summary>Prefecture (市、州).</summary>
    Prefecture,

    /// <summary>County, county-level city or district (县、市、区).</summary>
    County,

    /// <summary>Township or urban sub-district (乡镇、街道).</summary>
    Township,

    /// <summary>Village or community (村、社区).</summary>
    Village,
}
