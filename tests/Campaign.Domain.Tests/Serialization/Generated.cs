using System.Globalization;
using System.Text;

namespace Campaign.Domain.Tests.Serialization;

/// <summary>
/// Valid documents of a chosen size and layout, to cut into parts: indented (one record per line) or minified, LF or
/// CRLF, with or without a byte order mark. Record i of each collection has the id <c>X-000i</c>; person i belongs to
/// unit i, problem i to unit i (owner: the team when i is even, person i when odd) and cites opinion i, rectification i
/// fixes problem i (completed when i is a multiple of 3, with person i responsible).
/// </summary>
internal static class Generated
{
    public static byte[] Document(
        int records, int? units = null, string text = "意见", bool minified = false, bool crlf = false, bool byteOrderMark = false, bool reversed = false)
    {
        var unitCount = units ?? records;
        var sp = minified ? string.Empty : " ";
        var nl = minified ? string.Empty : crlf ? "\r\n" : "\n";
        var sections = new List<string>
        {
            Property("format", "\"campaign-dataset/1\"", sp, nl),
            Property("campaign", $"{{{sp}\"name\":{sp}\"活动\",{sp}\"batch\":{sp}\"second\",{sp}\"start\":{sp}\"2014-03-01\",{sp}\"end\":{sp}\"2014-09-30\"{sp}}}", sp, nl),
            Collection("units", unitCount, i =>
                $"\"id\": \"U-{i:D4}\", \"name\": \"单位{i}\", \"kind\": \"{(i == 0 ? "countyLeadership" : "villageOrCommunity")}\", \"level\": \"{(i == 0 ? "county" : "village")}\"" +
                (i == 0 ? string.Empty : $", \"parentId\": \"U-{(i - 1) / 2:D4}\""), sp, nl),
            Collection("people", records, i =>
                $"\"id\": \"P-{i:D4}\", \"name\": \"王\", \"unitId\": \"U-{Unit(i, unitCount):D4}\", \"role\": \"{(i == 0 ? "principalLeader" : "member")}\"", sp, nl),
            Collection("opinions", records, i =>
                $"\"id\": \"O-{i:D4}\", \"unitId\": \"U-{Unit(i, unitCount):D4}\", \"targetPersonId\": \"P-{i:D4}\", \"text\": \"{text}\", \"receivedOn\": \"2014-03-20\"", sp, nl),
            Collection("problems", records, i =>
                $"\"id\": \"PR-{i:D4}\", \"unitId\": \"U-{Unit(i, unitCount):D4}\", \"owner\": {{ \"level\": " + (i % 2 == 0 ? "\"team\"" : $"\"individual\", \"personId\": \"P-{i:D4}\"") + " }, " +
                $"\"category\": \"work\", \"text\": \"问题{i}\", \"source\": \"opinion\", \"opinionIds\": [\"O-{i:D4}\"], \"identifiedOn\": \"2014-04-10\"", sp, nl),
            Collection("rectifications", records, i =>
                $"\"id\": \"R-{i:D4}\", \"problemIds\": [\"PR-{i:D4}\"], \"measure\": \"措施{i}\", \"mode\": \"scheduled\", \"responsiblePersonId\": \"P-{i:D4}\", " +
                (i % 3 == 0
                    ? "\"status\": \"completed\", \"completedOn\": \"2014-06-20\", \"evidence\": [{ \"kind\": \"document\", \"reference\": \"1号\" }, { \"kind\": \"photo\", \"reference\": \"[图]\" }]"
                    : "\"status\": \"inProgress\""),
                sp, nl),
        };
        if (reversed)
        {
            // Every reference then names a record further on: the first part resolves none on the spot.
            sections.Reverse();
        }

        var json = "{" + nl + string.Join("," + nl, sections) + nl + "}";
        var text8 = Encoding.UTF8.GetBytes(minified ? Minify(json) : json);
        return byteOrderMark ? [0xEF, 0xBB, 0xBF, .. text8] : text8;
    }

    private static int Unit(int i, int units) => units == 0 ? 0 : i % units;

    private static string Property(string name, string value, string sp, string nl) =>
        $"{(nl.Length == 0 ? string.Empty : "  ")}\"{name}\":{sp}{value}";

    private static string Collection(string name, int count, Func<int, string> record, string sp, string nl)
    {
        var indent = nl.Length == 0 ? string.Empty : "  ";
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $"{indent}\"{name}\":{sp}[{nl}");
        for (var i = 0; i < count; i++)
        {
            json.Append(indent).Append(indent).Append("{ ").Append(record(i)).Append(" }").Append(i + 1 < count ? "," : string.Empty).Append(nl);
        }

        return json.Append(indent).Append(']').ToString();
    }

    /// <summary>The JSON without the whitespace outside strings.</summary>
    private static string Minify(string json)
    {
        var minified = new StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                minified.Append(c);
                if (c == '\\')
                {
                    minified.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
                minified.Append(c);
            }
            else if (!char.IsWhiteSpace(c))
            {
                minified.Append(c);
            }
        }

        return minified.ToString();
    }
}
