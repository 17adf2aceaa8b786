using Campaign.Domain.Campaigns;
using Campaign.Domain.Input;
using Campaign.Domain.Serialization;

namespace Campaign.Domain.Tests.Serialization.Reference;

/// <summary>
/// The reader as it was before the province-scale rewrite (records first, entities after, references checked in a
/// second pass), kept unchanged as the oracle of the differential tests: the current reader must give the same
/// dataset or the same errors, in the same order, for any input.
/// </summary>
internal static class ReferenceDatasetReader
{
    public static CampaignDataset Read(Stream stream, DatasetReadOptions? options = null)
    {
        options ??= DatasetReadOptions.Default;
        using var parser = new ReferenceDatasetParser(stream, options, null, CancellationToken.None);
        parser.Parse();
        if (parser.Errors.HasErrors)
        {
            throw new DatasetValidationException(parser.Errors.ToList());
        }

        try
        {
            return ReferenceDatasetBuilder.Build(parser);
        }
        catch (ArgumentException e)
        {
            throw new DatasetValidationException([new InputError("$", null, null, e.Message)], e);
        }
    }
}
