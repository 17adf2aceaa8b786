using System.Text;
using Campaign.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>Random damage to a valid document: the reader either reads it or refuses it with the typed exception, nothing else.</summary>
public class CampaignDatasetReaderFuzzProperties
{
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes(DatasetDocuments.Valid);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void Read_DamagedDocument_ThrowsNothingButDatasetValidationException(Damage damage)
    {
        var bytes = damage.ApplyTo(Valid);

        try
        {
            CampaignDatasetReader.Read(new MemoryStream(bytes));
        }
        catch (DatasetValidationException e)
        {
            e.Errors.Should().NotBeEmpty().And.OnlyContain(error => error.Path.StartsWith('$') && error.Message.Length > 0);
        }
    }

    /// <summary>Replace <see cref="Length"/> bytes at <see cref="At"/> with <see cref="Insert"/>.</summary>
    public sealed record Damage(int At, int Length, string Insert)
    {
        public byte[] ApplyTo(byte[] document)
        {
            var at = Math.Min(At, document.Length);
            var length = Math.Min(Length, document.Length - at);
            return [.. document.AsSpan(0, at), .. Encoding.UTF8.GetBytes(Insert), .. document.AsSpan(at + length)];
        }

        public override string ToString() => $"at {At} replace {Length} bytes with '{Insert}'";
    }

    /// <summary>Registers the damage generator with FsCheck.</summary>
    public static class Arbitraries
    {
        private static readonly string[] Inserts =
            ["", "\"", ",", "{", "}", "[", "]", ":", "null", "1", "-1e999", "\"x\"", "\\", "\u0000", "\"2014-02-30\"", "true", " ", "\"id\": \"U-1\",", "\uFFFF", "😀"];

        public static Arbitrary<Damage> Damage() =>
            (from at in Gen.Choose(0, Valid.Length)
             from length in Gen.Choose(0, 12)
             from insert in Gen.Elements(Inserts)
             select new Damage(at, length, insert)).ToArbitrary();
    }
}
