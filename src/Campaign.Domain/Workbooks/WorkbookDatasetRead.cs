using Campaign.Domain.Campaigns;
using Campaign.Domain.Serialization;

namespace Campaign.Domain.Workbooks;

/// <summary>A workbook read: the document built from the sheets, validated by the dataset reader, its errors given their cells.</summary>
internal static class WorkbookDatasetRead
{
    public static CampaignDataset Read(Stream workbook, DatasetReadOptions options)
    {
        using var document = WorkbookDocument.Build(workbook, options.MaxErrors, CancellationToken.None);
        if (document.IsMalformed)
        {
            throw new DatasetValidationException(document.Errors);
        }

        // Progress counts the bytes of the input; the document in memory is not the input.
        var documentOptions = options.Progress is null
            ? options
            : new DatasetReadOptions(options.FocusCatalog, null, options.MaxErrors, options.MaxDegreeOfParallelism);
        return CampaignDatasetReader.ReadDocument(document.Json, documentOptions, document.Errors, document.Map.Locate);
    }
}
