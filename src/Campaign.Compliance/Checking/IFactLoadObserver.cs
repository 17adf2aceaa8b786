namespace Campaign.Compliance.Checking;

/// <summary>Told the facts <see cref="FactLoader.Load(NRules.ISession, Facts.EvaluationDate, CheckRecords, IFactLoadObserver, Facts.BoilerplateTexts?)"/> derives for each record that has some.</summary>
internal interface IFactLoadObserver
{
    /// <summary>A rectification's facts, before they are inserted.</summary>
    void Loaded(RectificationFacts rectification);

    /// <summary>A problem's facts, before they are inserted.</summary>
    void Loaded(ProblemFacts problem);
}
