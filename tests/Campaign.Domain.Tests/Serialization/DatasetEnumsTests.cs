using System.Text;
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

    [Fact]
    public void Find_EveryNameAsUtf8_GivesItsValue()
    {
        static void Check<T>(EnumNames<T> names)
            where T : struct, Enum
        {
            foreach (var value in Enum.GetValues<T>())
            {
                names.Find(Encoding.UTF8.GetBytes(names.NameOf(value))).Should().Be(Convert.ToInt32(value), $"{typeof(T).Name}.{value}");
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

    [Theory]
    [InlineData("")]
    [InlineData("complete")]
    [InlineData("completedd")]
    [InlineData("Completed")]
    [InlineData("completed ")]
    public void Find_NotExactlyAName_GivesMinusOne(string text) =>
        DatasetEnums.Status.Find(Encoding.UTF8.GetBytes(text)).Should().Be(-1);
}
