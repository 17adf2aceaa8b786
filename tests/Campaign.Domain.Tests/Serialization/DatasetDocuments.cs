using System.Text;
using Campaign.Domain.Campaigns;
using Campaign.Domain.Input;
using Campaign.Domain.Serialization;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>
/// A small valid document with one record per line (so tests can name the line of an error), and helpers that
/// change it in one place and read it.
/// </summary>
internal static class DatasetDocuments
{
    /// <summary>Line numbers of <see cref="Valid"/>: campaign 3, units 5-6, people 9-10, opinion 13, problems 16-17, rectifications 20-21.</summary>
    public const string Valid =
        """
        {
          "format": "campaign-dataset/1",
          "campaign": { "name": "测试活动", "batch": "second", "start": "2014-03-01", "end": "2014-09-30", "focusLists": ["C", "WD"] },
          "units": [
            { "id": "U-1", "name": "区委", "kind": "countyLeadership", "level": "county", "education": { "start": "2014-03-10", "end": "2014-06-30" } },
            { "id": "U-2", "name": "社区", "kind": "villageOrCommunity", "level": "village", "parentId": "U-1", "weakLax": { "designatedOn": "2014-03-20", "firstSecretaryId": "P-2" } }
          ],
          "people": [
            { "id": "P-1", "name": "王", "unitId": "U-1", "role": "principalLeader" },
            { "id": "P-2", "name": "李", "unitId": "U-2", "role": "member" }
          ],
          "opinions": [
            { "id": "O-1", "unitId": "U-1", "targetPersonId": "P-1", "channel": "forum", "text": "会多", "receivedOn": "2014-03-20", "claimedOn": "2014-03-25", "claimedById": "P-1" }
          ],
          "problems": [
            { "id": "PR-1", "unitId": "U-1", "owner": { "level": "team" }, "category": "fourWinds", "fourWinds": ["formalism"], "focusId": "FP.C.CTY.02", "text": "会多", "source": "opinion", "opinionIds": ["O-1"], "identifiedOn": "2014-04-10" },
            { "id": "PR-2", "unitId": "U-1", "owner": { "level": "individual", "personId": "P-1" }, "category": "work", "text": "任务", "source": "selfExamination", "identifiedOn": "2014-04-12", "severity": "serious" }
          ],
          "rectifications": [
            { "id": "R-1", "problemIds": ["PR-1"], "measure": "精简", "mode": "scheduled", "responsiblePersonId": "P-1", "responsibleUnitId": "U-1", "deadline": "2014-06-30", "status": "completed", "completedOn": "2014-06-20", "evidence": [{ "kind": "document", "reference": "1号" }], "evaluation": { "by": "masses", "on": "2014-07-01", "satisfiedRate": 0.9, "respondents": 10 } },
            { "id": "R-2", "problemIds": ["PR-2"], "measure": "推进", "mode": "immediate", "status": "inProgress" }
          ]
        }
        """;

    public static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "TestData", "district-small.json");

    public static Stream Utf8(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    public static CampaignDataset Read(string json, DatasetReadOptions? options = null)
    {
        using var stream = Utf8(json);
        return CampaignDatasetReader.Read(stream, options);
    }

    /// <summary><see cref="Valid"/> with each <c>(from, to)</c> replaced once; fails when <c>from</c> is not there exactly once.</summary>
    public static string Change(params (string From, string To)[] changes)
    {
        var json = Valid;
        foreach (var (from, to) in changes)
        {
            var at = json.IndexOf(from, StringComparison.Ordinal);
            if (at < 0 || json.IndexOf(from, at + 1, StringComparison.Ordinal) >= 0)
            {
                throw new ArgumentException($"'{from}' must occur exactly once in the valid document.", nameof(changes));
            }

            json = string.Concat(json.AsSpan(0, at), to, json.AsSpan(at + from.Length));
        }

        return json;
    }

    /// <summary>Reads <paramref name="json"/> and returns the errors it must be refused with.</summary>
    public static IReadOnlyList<InputError> ErrorsOf(string json, DatasetReadOptions? options = null)
    {
        try
        {
            Read(json, options);
        }
        catch (DatasetValidationException e)
        {
            return e.Errors;
        }

        throw new Xunit.Sdk.XunitException("The document was read without error, but it is invalid.");
    }

    public static byte[] Write(CampaignDataset dataset)
    {
        using var stream = new MemoryStream();
        CampaignDatasetWriter.Write(dataset, stream);
        return stream.ToArray();
    }
}
