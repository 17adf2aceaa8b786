using Campaign.Domain.Serialization;

namespace Campaign.Domain.Tests.Serialization;

public class DatasetEnumsTests
{
    [Fact]
    public void EveryEnumName_IsTheCamelCaseOfItsMember()
    {
        static void Check<T>(EnumNames<T> names)
            where T : struct, Enum
        {
            foreach (var value in Enum.GetValues<T>())
            {
                var member = value.ToString();
                names.NameOf(value).Should().Be(char.ToLowerInvariant(member[0]) + member[1..], $"{typeof(T).Name}.{member}");
            }
        }

        Check(DatasetEnums.Batch);
        Check(DatasetEnums.UnitKind);
        Check(DatasetEnums.UnitLevel);
        Check(DatasetEnums.Role);
        Check(DatasetEnums.OwnerLevel);
        Check(DatasetEnums.Category);
        Check(DatasetEnums.FourWind);
        Check(DatasetEnums.Source);
        Check(DatasetEnums.Severity);
        Check(DatasetEnums.Mode);
        Check(DatasetEnums.Status);
        Check(DatasetEnums.EvidenceKind);
        Check(DatasetEnums.Evaluator);
    }
}
