using Campaign.Domain.Input;
using Campaign.Domain.Serialization;

namespace Campaign.Domain.Tests.Serialization;

public class DatasetValidationExceptionTests
{
    [Fact]
    public void Message_ListsEveryErrorOnItsOwnLine()
    {
        var exception = new DatasetValidationException(
        [
            new InputError("$.units[0].kind", 5, null, "'x' is not allowed"),
            new InputError("$", 2, 7, "malformed JSON: oops"),
            new InputError("$", null, null, "3 more errors not listed"),
        ]);

        exception.Message.Split('\n').Should().Equal(
            "The campaign dataset is invalid (3 errors):",
            "$.units[0].kind (line 5): 'x' is not allowed",
            "$ (line 2, position 7): malformed JSON: oops",
            "$: 3 more errors not listed");
        exception.Errors.Should().HaveCount(3);
    }

    [Fact]
    public void Constructor_WithoutErrors_Throws()
    {
        var act = () => new DatasetValidationException([]);

        act.Should().Throw<ArgumentException>();
    }
}
