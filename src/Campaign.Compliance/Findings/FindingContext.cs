using Campaign.Domain.Campaigns;

namespace Campaign.Compliance.Findings;

/// <summary>
/// What a reader needs beside a finding's ids, looked up in the dataset that was checked: the unit's name, the
/// subject's text (problem or opinion text, measure, name), its deadline and who answers for it (a
/// rectification's responsible person and unit, a problem's owner, an opinion's claimant, a person and their
/// unit). Every value is null where the subject has none or the dataset does not hold the record. Names are
/// written with the id in brackets, <c>张三（P-03）</c> in Chinese and <c>Zhang San (P-03)</c> in English.
/// </summary>
public sealed class FindingContext
{
    private FindingContext(string unitLabel, string? unitName, string? subjectText, DateOnly? deadline, string? responsiblePerson, string? responsibleUnit)
    {
        UnitLabel = unitLabel;
        UnitName = unitName;
        SubjectText = subjectText;
        Deadline = deadline;
        ResponsiblePerson = responsiblePerson;
        ResponsibleUnit = responsibleUnit;
    }

    /// <summary>The unit of the finding as "name (id)", or its id when the dataset does not name it.</summary>
    public string UnitLabel { get; }

    /// <summary>The name of the unit of the finding, or null.</summary>
    public string? UnitName { get; }

    /// <summary>The text that says what the subject is: a problem's or opinion's text, a rectification's measure, a person's or unit's name.</summary>
    public string? SubjectText { get; }

    /// <summary>A rectification's deadline; null for other subjects and for a rectification without one.</summary>
    public DateOnly? Deadline { get; }

    /// <summary>
    /// The person who answers for the subject, as "name (id)": a rectification's responsible person, the owner of
    /// an individual problem, the person who claimed an opinion, a person subject itself.
    /// </summary>
    public string? ResponsiblePerson { get; }

    /// <summary>
    /// The unit that answers for the subject, as "name (id)": a rectification's responsible unit, the unit of a
    /// team problem, of an opinion, of a person, or a unit subject itself.
    /// </summary>
    public string? ResponsibleUnit { get; }

    /// <summary>Looks up the context of <paramref name="finding"/>; with no dataset only the unit id is known.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="dataset">The dataset that was checked, or null.</param>
    /// <param name="language">The language of the brackets around ids.</param>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static FindingContext Of(Finding finding, CampaignDataset? dataset, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (dataset is null)
        {
            return new FindingContext(finding.UnitId, null, null, null, null, null);
        }

        var unitName = dataset.FindUnit(finding.UnitId)?.Name;
        var unitLabel = Label(unitName, finding.UnitId, language);
        string? text = null;
        DateOnly? deadline = null;
        string? person = null;
        string? unit = null;
        switch (finding.SubjectType)
        {
            case SubjectType.Rectification when dataset.FindRectification(finding.SubjectId) is { } r:
                text = r.Measure;
                deadline = r.Deadline;
                person = PersonLabel(r.ResponsiblePersonId, dataset, language);
                unit = UnitLabelOf(r.ResponsibleUnitId, dataset, language);
                break;
            case SubjectType.Problem when dataset.FindProblem(finding.SubjectId) is { } p:
                text = p.Text;
                person = PersonLabel(p.Owner.PersonId, dataset, language);
                unit = p.Owner.IsTeam ? UnitLabelOf(p.UnitId, dataset, language) : null;
                break;
            case SubjectType.Opinion when dataset.FindOpinion(finding.SubjectId) is { } o:
                text = o.Text;
                person = PersonLabel(o.ClaimedById, dataset, language);
                unit = UnitLabelOf(o.UnitId, dataset, language);
                break;
            case SubjectType.Person when dataset.FindPerson(finding.SubjectId) is { } x:
                text = x.Name;
                person = Label(x.Name, x.Id, language);
                unit = UnitLabelOf(x.UnitId, dataset, language);
                break;
            case SubjectType.Unit when dataset.FindUnit(finding.SubjectId) is { } u:
                text = u.Name;
                unit = Label(u.Name, u.Id, language);
                break;
        }

        return new FindingContext(unitLabel, unitName, text, deadline, person, unit);
    }

    /// <summary>"name (id)" in English, <c>name（id）</c> in Chinese; the id alone when there is no name.</summary>
    /// <param name="name">The name, or null.</param>
    /// <param name="id">The id.</param>
    /// <param name="language">The language.</param>
    public static string Label(string? name, string id, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.IsNullOrEmpty(name))
        {
            return id;
        }

        return language == ReportLanguage.Zh ? name + "（" + id + "）" : name + " (" + id + ")";
    }

    /// <summary>
    /// The id of a unit or person as "name (id)" when the dataset holds a unit or a person with that id, else the id
    /// as it is (a problem, opinion or rectification id).
    /// </summary>
    /// <param name="id">The id.</param>
    /// <param name="dataset">The dataset, or null.</param>
    /// <param name="language">The language.</param>
    public static string Name(string id, CampaignDataset? dataset, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (dataset is null)
        {
            return id;
        }

        if (dataset.FindPerson(id) is { } person)
        {
            return Label(person.Name, id, language);
        }

        return dataset.FindUnit(id) is { } unit ? Label(unit.Name, id, language) : id;
    }

    /// <summary>The days past the deadline of an open rectification as of <paramref name="asOf"/>, or null.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="dataset">The dataset, or null.</param>
    /// <param name="asOf">The evaluation date of the check.</param>
    /// <returns>The finding's <c>daysOverdue</c> detail when it has one, else the days an open rectification is past its deadline.</returns>
    public static int? DaysOverdue(Finding finding, CampaignDataset? dataset, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Details.TryGetValue("daysOverdue", out var days))
        {
            return (int)days;
        }

        if (finding.SubjectType == SubjectType.Rectification
            && dataset?.FindRectification(finding.SubjectId) is { IsOpen: true, Deadline: { } deadline }
            && asOf > deadline)
        {
            return asOf.DayNumber - deadline.DayNumber;
        }

        return null;
    }

    private static string? PersonLabel(string? id, CampaignDataset dataset, ReportLanguage language) =>
        id is null ? null : Label(dataset.FindPerson(id)?.Name, id, language);

    private static string? UnitLabelOf(string? id, CampaignDataset dataset, ReportLanguage language) =>
        id is null ? null : Label(dataset.FindUnit(id)?.Name, id, language);
}
