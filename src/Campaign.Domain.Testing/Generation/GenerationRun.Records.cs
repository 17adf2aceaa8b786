using Campaign.Domain.Opinions;
using Campaign.Domain.People;
using Campaign.Domain.Problems;
using Campaign.Domain.Rectifications;
using Campaign.Domain.Units;

namespace Campaign.Domain.Testing.Generation;

/// <summary>The records of one unit: people, opinions, problems, rectifications.</summary>
internal sealed partial class GenerationRun
{
    private static readonly ProblemCategory[] TeamGrassrootsCategories =
    [
        ProblemCategory.MassInterest, ProblemCategory.MassInterest, ProblemCategory.MassInterest, ProblemCategory.MassInterest,
        ProblemCategory.MalpracticeNearMasses, ProblemCategory.MalpracticeNearMasses, ProblemCategory.Work,
        ProblemCategory.OrganisationalLaxity, ProblemCategory.FourWinds, ProblemCategory.FourWinds, ProblemCategory.Other,
    ];

    private static readonly ProblemCategory[] TeamOrganCategories =
    [
        ProblemCategory.FourWinds, ProblemCategory.FourWinds, ProblemCategory.FourWinds, ProblemCategory.FourWinds,
        ProblemCategory.FourWinds, ProblemCategory.Work, ProblemCategory.Work, ProblemCategory.MassInterest,
        ProblemCategory.OrganisationalLaxity, ProblemCategory.Other,
    ];

    private static readonly ProblemCategory[] IndividualCategories =
    [
        ProblemCategory.FourWinds, ProblemCategory.FourWinds, ProblemCategory.FourWinds, ProblemCategory.FourWinds,
        ProblemCategory.Work, ProblemCategory.Work, ProblemCategory.Other, ProblemCategory.OrganisationalLaxity,
        ProblemCategory.MalpracticeNearMasses,
    ];

    private static readonly ProblemCategory[] NonFourWindsCategories =
    [
        ProblemCategory.Work, ProblemCategory.MassInterest, ProblemCategory.Other, ProblemCategory.OrganisationalLaxity,
    ];

    private static readonly FourWind[][] FocusWinds = [[FourWind.Formalism], [FourWind.Bureaucratism]];

    private static readonly ProblemSource[] OtherSources =
    [
        ProblemSource.SelfExamination, ProblemSource.SelfExamination, ProblemSource.SelfExamination, ProblemSource.Supervision,
        ProblemSource.Supervision, ProblemSource.UndercoverInspection, ProblemSource.Other,
    ];

    // Per-unit buffers, reused from unit to unit.
    private readonly List<string> _leaders = [];
    private readonly List<string> _leaderPrefixes = [];
    private readonly List<ProblemOwner> _leaderOwners = [];
    private readonly List<OpinionDraft> _opinionDrafts = [];
    private readonly List<int> _nonPersonal = [];
    private readonly List<ProblemDraft> _problemDrafts = [];
    private readonly List<string> _idBuffer = [];
    private readonly List<Evidence> _evidenceBuffer = [];

    internal enum Profile
    {
        Leadership,
        Organ,
        Township,
        Grassroots,
    }

    private string[] PopulateUnit(string unitId, string unitName, UnitKind kind, Profile profile, string[]? parentLeaders, (int Min, int Max) leadershipOpinions)
    {
        _leaders.Clear();
        _leaderPrefixes.Clear();
        _leaderOwners.Clear();
        _opinionDrafts.Clear();
        _nonPersonal.Clear();
        _problemDrafts.Clear();

        GeneratePeople(unitId, unitName, profile);
        var opinionCount = profile switch
        {
            Profile.Leadership => _rng.Between(leadershipOpinions.Min, leadershipOpinions.Max),
            Profile.Organ => _rng.Between(6, 14),
            Profile.Township => _rng.Between(15, 25),
            _ => _rng.Between(12, 25),
        };
        var personalShare = profile switch
        {
            Profile.Leadership => 0.4,
            Profile.Organ => 0.25,
            Profile.Township => 0.2,
            _ => 0.15,
        };
        DraftOpinions(opinionCount, personalShare);
        GenerateProblems(unitId, unitName, kind, profile);
        GenerateRectifications(unitId, profile);
        FinishOpinions(unitId);
        return _leaders.ToArray();
    }

    private void GeneratePeople(string unitId, string unitName, Profile profile)
    {
        var (teamMin, teamMax, memberMin, memberMax) = profile switch
        {
            Profile.Leadership => (6, 8, 0, 0),
            Profile.Organ => (3, 5, 1, 3),
            Profile.Township => (4, 6, 0, 2),
            _ => (2, 4, 0, 2),
        };
        var team = _rng.Between(teamMin, teamMax);
        var members = _rng.Between(memberMin, memberMax);
        var nameBase = _rng.Next(_personNames.Length);
        for (var i = 0; i < 1 + team + members; i++)
        {
            // 53 is coprime with the pool size, so names within a unit are distinct.
            var name = _personNames[(nameBase + (i * 53)) % _personNames.Length];
            var role = i == 0 ? PersonRole.PrincipalLeader : i <= team ? PersonRole.TeamMember : PersonRole.Member;
            var id = Id("P-", _people.Count + 1, 7);
            _people.Add(new Person(id, name, unitId, role));
            if (role != PersonRole.Member)
            {
                _leaders.Add(id);
                _leaderPrefixes.Add(unitName + name + "同志");
                _leaderOwners.Add(ProblemOwner.Individual(id));
            }
        }
    }

    private void DraftOpinions(int count, double personalShare)
    {
        var span = Math.Min(Days(CampaignStart, _asOf) - 1, 130);
        for (var i = 0; i < count; i++)
        {
            var received = CampaignStart.AddDays(_rng.Between(5, Math.Max(5, span)));
            var target = _rng.Chance(personalShare) ? _rng.Next(_leaders.Count) : -1;
            var age = Days(received, _asOf);
            DateOnly? claimed;
            if (age > ClaimWindow && Breaks(Breach.Ovd006, 0.035))
            {
                claimed = _rng.Chance(0.5) ? null : received.AddDays(_rng.Between(ClaimWindow + 1, Math.Min(age, 60)));
            }
            else if (age >= ClaimWindow && Boundary(Breach.ClaimExactlyWindow, 0.01))
            {
                claimed = received.AddDays(ClaimWindow);
            }
            else if (age <= 10 && _rng.Chance(0.3))
            {
                claimed = null;
            }
            else
            {
                claimed = received.AddDays(_rng.Between(0, Math.Min(age, 25)));
            }

            string? claimant = null;
            if (claimed is not null)
            {
                claimant = target >= 0 ? _leaders[target] : _rng.Chance(0.7) ? _leaders[_rng.Next(_leaders.Count)] : null;
            }

            var text = target >= 0 ? _rng.Pick(Templates.PersonalOpinions) : _rng.Pick(Templates.Opinions);
            _opinionDrafts.Add(new OpinionDraft(Id("O-", _opinions.Count + i + 1, 7), received, target, claimed, claimant, text, _rng.Pick(Templates.Channels)));
            if (target < 0)
            {
                _nonPersonal.Add(i);
            }
        }
    }

    private void GenerateProblems(string unitId, string unitName, UnitKind kind, Profile profile)
    {
        var focusIds = _focusIdsByKind[kind];
        var avoidsFocus = focusIds.Length > 0 && Breaks(Breach.Mis005, 0.04);
        var teamPrefix = unitName + "领导班子";
        var (teamMin, teamMax) = profile switch
        {
            Profile.Leadership => (7, 10),
            Profile.Organ => (4, 7),
            Profile.Township => (7, 10),
            _ => (8, 10),
        };
        var teamCategories = profile is Profile.Grassroots or Profile.Township ? TeamGrassrootsCategories : TeamOrganCategories;

        // Team problems (owner -1), then each leader's.
        var firstTeamProblem = _problemDrafts.Count;
        AddOwnerProblems(unitId, -1, teamPrefix, _rng.Between(teamMin, teamMax), teamCategories, focusIds, avoidsFocus, firstTeamProblem, profile);
        var teamProblemCount = _problemDrafts.Count - firstTeamProblem;

        var owning = 0;
        for (var l = 0; l < _leaders.Count; l++)
        {
            var count = profile == Profile.Leadership ? _rng.Between(1, 3) : _rng.Between(1, 2);
            if (Breaks(Breach.Mis002, 0.025))
            {
                continue;
            }

            owning++;
            AddOwnerProblems(unitId, l, _leaderPrefixes[l], count, IndividualCategories, focusIds, avoidsFocus, firstTeamProblem, profile, teamProblemCount);
        }

        // A text shared word for word by exactly three (flagged) or two (not flagged) leaders of the unit.
        if (owning >= 3)
        {
            var sharers = Boundary(Breach.SharedByThreeOwners, 0.03) ? 3 : Boundary(Breach.SharedByTwoOwners, 0.02) ? 2 : 0;
            if (sharers > 0)
            {
                var text = unitName + "班子成员" + _rng.Pick(Templates.Other);
                var identified = CampaignStart.AddDays(_rng.Between(20, Math.Max(20, Math.Min(110, Days(CampaignStart, _asOf)))));
                for (var l = 0; l < sharers; l++)
                {
                    AddProblem(unitId, l, ProblemCategory.Other, null, text, null, -1, -1, NotAfterAsOf(identified), ProblemSource.SelfExamination);
                }
            }
        }
    }

    private void AddOwnerProblems(
        string unitId, int owner, string prefix, int count, ProblemCategory[] categories, string[] focusIds, bool avoidsFocus,
        int firstTeamProblem, Profile profile, int teamProblemCount = 0)
    {
        var workForFourWinds = count > 0 && Breaks(Breach.Mis004, 0.03);
        for (var k = 0; k < count; k++)
        {
            ProblemCategory category;
            if (k == 0)
            {
                category = workForFourWinds ? ProblemCategory.Work : ProblemCategory.FourWinds;
            }
            else
            {
                category = workForFourWinds ? _rng.Pick(NonFourWindsCategories) : _rng.Pick(categories);
            }

            FourWind[]? winds = null;
            string text;
            string? focusId = null;
            var wantsFocus = focusIds.Length > 0 && !avoidsFocus && ((owner < 0 && k == 0) || _rng.Chance(0.15));
            if (wantsFocus)
            {
                focusId = _rng.Pick(focusIds);
                text = prefix + _focusText[focusId];
                if (category == ProblemCategory.FourWinds)
                {
                    winds = _rng.Pick(FocusWinds);
                }
            }
            else
            {
                (text, winds) = TextFor(category, prefix);
                if (category == ProblemCategory.OrganisationalLaxity && _allKindsFocusId is not null && _rng.Chance(0.5))
                {
                    focusId = _allKindsFocusId;
                }

                if (k > 0 && owner >= 0 && teamProblemCount > 0 && Breaks(Breach.Mis003, 0.02))
                {
                    // A personal problem copied from the team's list (a trailing full stop does not hide it).
                    var copied = _problemDrafts[firstTeamProblem + _rng.Next(teamProblemCount)].Text;
                    text = _rng.Chance(0.5) ? copied : copied + "。";
                }
                else if (k > 0 && Breaks(Breach.Sup006, 0.02))
                {
                    category = ProblemCategory.Other;
                    winds = null;
                    text = _rng.Pick(Templates.Boilerplate);
                }
            }

            var (op1, op2) = LinkOpinions(owner);
            DateOnly identified;
            if (op1 >= 0)
            {
                var latest = _opinionDrafts[op1].Received;
                if (op2 >= 0 && _opinionDrafts[op2].Received > latest)
                {
                    latest = _opinionDrafts[op2].Received;
                }

                identified = NotAfterAsOf(latest.AddDays(_rng.Between(0, 20)));
            }
            else
            {
                identified = NotAfterAsOf(CampaignStart.AddDays(_rng.Between(20, 110)));
            }

            var source = op1 >= 0 ? ProblemSource.Opinion : _rng.Pick(OtherSources);
            AddProblem(unitId, owner, category, winds, text, focusId, op1, op2, identified, source);
        }
    }

    private (string Text, FourWind[]? Winds) TextFor(ProblemCategory category, string prefix)
    {
        switch (category)
        {
            case ProblemCategory.FourWinds:
                var (text, winds) = _rng.Pick(Templates.FourWinds);
                return (prefix + text, winds);
            case ProblemCategory.Work:
                return (prefix + _rng.Pick(Templates.Work), null);
            case ProblemCategory.MassInterest:
                return (prefix + _rng.Pick(Templates.MassInterest), null);
            case ProblemCategory.MalpracticeNearMasses:
                return (prefix + _rng.Pick(Templates.Malpractice), null);
            case ProblemCategory.OrganisationalLaxity:
                return (prefix + _rng.Pick(Templates.OrganisationalLaxity), null);
            default:
                return (prefix + _rng.Pick(Templates.Other), null);
        }
    }

    private (int First, int Second) LinkOpinions(int owner)
    {
        if (_opinionDrafts.Count == 0)
        {
            return (-1, -1);
        }

        int first;
        if (owner < 0)
        {
            if (!_rng.Chance(0.55))
            {
                return (-1, -1);
            }

            first = PickPersonalOpinion(-1);
            if (first < 0 || !Breaks(Breach.Mis001, 0.03))
            {
                // A team problem normally comes from opinions about the team.
                first = _nonPersonal.Count > 0 ? _nonPersonal[_rng.Next(_nonPersonal.Count)] : -1;
            }
        }
        else
        {
            first = _rng.Chance(0.7) ? PickPersonalOpinion(owner) : -1;
            if (first < 0 && _rng.Chance(0.25) && _nonPersonal.Count > 0)
            {
                first = _nonPersonal[_rng.Next(_nonPersonal.Count)];
            }
        }

        if (first < 0)
        {
            return (-1, -1);
        }

        var second = -1;
        if (_nonPersonal.Count > 1 && _rng.Chance(0.15))
        {
            second = _nonPersonal[_rng.Next(_nonPersonal.Count)];
            if (second == first)
            {
                second = -1;
            }
        }

        return (first, second);
    }

    /// <summary>A personal opinion about leader <paramref name="leader"/> (any leader when -1), or -1; a few probes, no scan.</summary>
    private int PickPersonalOpinion(int leader)
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var i = _rng.Next(_opinionDrafts.Count);
            var target = _opinionDrafts[i].Target;
            if (target >= 0 && (leader < 0 || target == leader))
            {
                return i;
            }
        }

        return -1;
    }

    private void AddProblem(
        string unitId, int owner, ProblemCategory category, FourWind[]? winds, string text, string? focusId, int op1, int op2, DateOnly identified, ProblemSource source)
    {
        var id = Id("PR-", _problems.Count + 1, 7);
        _idBuffer.Clear();
        if (op1 >= 0)
        {
            _idBuffer.Add(_opinionDrafts[op1].Id);
        }

        if (op2 >= 0)
        {
            _idBuffer.Add(_opinionDrafts[op2].Id);
        }

        var problem = new Problem(
            id, unitId, owner < 0 ? ProblemOwner.Team : _leaderOwners[owner], category, text, source, identified,
            winds, focusId, _idBuffer.Count == 0 ? null : _idBuffer, _rng.Chance(0.08) ? ProblemSeverity.Serious : ProblemSeverity.Normal);
        _problems.Add(problem);
        _problemDrafts.Add(new ProblemDraft(id, owner, text, identified, op1, op2));
    }

    private void GenerateRectifications(string unitId, Profile profile)
    {
        var grassroots = profile is Profile.Grassroots or Profile.Township;
        var i = 0;
        while (i < _problemDrafts.Count)
        {
            var draft = _problemDrafts[i];
            var age = Days(draft.Identified, _asOf);
            var unplanned = age > PlanWindow ? Breaks(Breach.Ovd007, 0.04) : _rng.Chance(0.3);
            if (unplanned)
            {
                i++;
                continue;
            }

            // One rectification sometimes fixes several problems of the same owner.
            var group = 1;
            if (_rng.Chance(0.08))
            {
                var wanted = _rng.Between(2, 3);
                while (group < wanted && i + group < _problemDrafts.Count && _problemDrafts[i + group].Owner == draft.Owner)
                {
                    group++;
                }
            }

            var found = draft.Identified;
            _idBuffer.Clear();
            for (var g = 0; g < group; g++)
            {
                _idBuffer.Add(_problemDrafts[i + g].Id);
                if (_problemDrafts[i + g].Identified < found)
                {
                    found = _problemDrafts[i + g].Identified;
                }
            }

            var rectification = NewRectification(unitId, draft.Owner, found, grassroots);
            _rectifications.Add(rectification);
            for (var g = 0; g < group; g++)
            {
                var d = _problemDrafts[i + g];
                _problemDrafts[i + g] = d with { Rectified = true, CompletedOn = rectification.CompletedOn };
            }

            i += group;
        }
    }

    private Rectification NewRectification(string unitId, int owner, DateOnly found, bool grassroots)
    {
        var id = Id("R-", _rectifications.Count + 1, 7);
        var span = Days(found, _asOf);

        // Grass-roots ledgers: about 83% of problems solved (Sichuan's figure), allowing for the few never planned.
        // County-level items: completed / in progress as Anhui's 3,142 / 1,253.
        var finished = span >= 1 && _rng.Chance(grassroots ? 0.915 : 0.725);
        var mode = _rng.Chance(0.35) ? RectificationMode.Immediate : RectificationMode.Scheduled;
        RectificationStatus status;
        DateOnly? completed = null;
        DateOnly? deadline;
        if (finished)
        {
            int days;
            if (mode == RectificationMode.Immediate)
            {
                if (span > ImmediateWindow && Breaks(Breach.Ovd003, 0.04))
                {
                    days = _rng.Between(ImmediateWindow + 1, Math.Min(span, 75));
                }
                else if (span >= ImmediateWindow && Boundary(Breach.ImmediateExactlyWindow, 0.02))
                {
                    days = ImmediateWindow;
                }
                else
                {
                    days = _rng.Between(1, Math.Min(span, ImmediateWindow));
                }
            }
            else
            {
                days = _rng.Between(Math.Min(3, span), Math.Min(span, 90));
            }

            completed = found.AddDays(days);
            status = _rng.Chance(0.15) ? RectificationStatus.ClosedOff : RectificationStatus.Completed;
            if (mode == RectificationMode.Scheduled && Breaks(Breach.Inc001, 0.03))
            {
                deadline = null;
            }
            else if (mode == RectificationMode.Immediate && _rng.Chance(0.5))
            {
                deadline = null;
            }
            else if (Breaks(Breach.Ovd002, 0.05))
            {
                deadline = completed.Value.AddDays(-_rng.Between(1, 20));
            }
            else if (Boundary(Breach.CompletedOnDeadline, 0.03))
            {
                deadline = completed;
            }
            else
            {
                deadline = completed.Value.AddDays(_rng.Between(1, 40));
            }
        }
        else
        {
            if (mode == RectificationMode.Immediate && span > ImmediateWindow && !Breaks(Breach.Ovd003, 0.04))
            {
                mode = RectificationMode.Scheduled;
            }

            status = grassroots && _rng.Chance(0.24) ? RectificationStatus.NotStarted : RectificationStatus.InProgress;
            if (mode == RectificationMode.Immediate)
            {
                deadline = _rng.Chance(0.5) ? null : _asOf.AddDays(_rng.Between(1, 15));
            }
            else if (Breaks(Breach.Inc001, 0.03))
            {
                deadline = null;
            }
            else if (Breaks(Breach.Ovd001, 0.07))
            {
                deadline = _asOf.AddDays(-_rng.Between(1, 45));
            }
            else if (Boundary(Breach.DeadlineOnAsOf, 0.02))
            {
                deadline = _asOf;
            }
            else
            {
                deadline = _asOf.AddDays(_rng.Between(1, 90));
            }
        }

        // Who answers for it.
        string? person = null;
        string? unit = null;
        if (!Breaks(Breach.Inc002, 0.025))
        {
            if (owner >= 0)
            {
                person = _leaders[owner];
                if (Breaks(Breach.Mis006, 0.03))
                {
                    person = _leaders.Count > 1 ? _leaders[(owner + 1 + _rng.Next(_leaders.Count - 1)) % _leaders.Count] : null;
                    unit = person is null ? unitId : null;
                }
                else if (_rng.Chance(0.3))
                {
                    unit = unitId;
                }
            }
            else
            {
                person = _rng.Chance(0.4) ? _leaders[0] : null;
                unit = person is null || _rng.Chance(0.5) ? unitId : null;
            }
        }

        _evidenceBuffer.Clear();
        Evaluation? evaluation = null;
        if (finished)
        {
            if (!Breaks(Breach.Sup001, 0.04))
            {
                _evidenceBuffer.Add(_rng.Pick(_evidencePool));
                if (_rng.Chance(0.3))
                {
                    _evidenceBuffer.Add(_rng.Pick(_evidencePool));
                }
            }

            if (Breaks(Breach.Sup002, 0.06))
            {
                evaluation = _rng.Chance(0.6) ? new Evaluation(EvaluatorKind.Self, completed!.Value, 1.0, 0) : null;
            }
            else
            {
                evaluation = new Evaluation(EvaluatorKind.Masses, NotAfterAsOf(completed!.Value.AddDays(_rng.Between(1, 14))), SatisfiedRate(), _rng.Between(20, 300));
            }
        }
        else
        {
            if (_rng.Chance(0.2))
            {
                _evidenceBuffer.Add(_rng.Pick(_evidencePool));
            }

            if (span >= 1 && _rng.Chance(0.02))
            {
                evaluation = new Evaluation(EvaluatorKind.Masses, found.AddDays(_rng.Between(1, span)), SatisfiedRate(), _rng.Between(20, 300));
            }
        }

        string measure;
        if (Breaks(Breach.Sup005, 0.04))
        {
            measure = _rng.Pick(Templates.VagueMeasures);
        }
        else if (Boundary(Breach.SixConcreteChars, 0.01))
        {
            measure = Templates.SixConcreteCharsMeasure;
        }
        else
        {
            measure = _rng.Pick(_concreteMeasures);
        }

        return new Rectification(id, _idBuffer, measure, mode, status, person, unit, deadline, completed, _evidenceBuffer, evaluation);
    }

    private double SatisfiedRate()
    {
        if (Breaks(Breach.Sup003, 0.05))
        {
            return _rng.Between(60, 89) / 100.0;
        }

        return Boundary(Breach.RateExactlyTarget, 0.03) ? 0.90 : _rng.Between(91, 100) / 100.0;
    }

    private void FinishOpinions(string unitId)
    {
        for (var o = 0; o < _opinionDrafts.Count; o++)
        {
            var draft = _opinionDrafts[o];

            // Are all problems listing this opinion rectified and finished, and when was the last one finished?
            var linked = false;
            var allFinished = true;
            var latest = DateOnly.MinValue;
            for (var p = 0; p < _problemDrafts.Count; p++)
            {
                var problem = _problemDrafts[p];
                if (problem.Opinion1 != o && problem.Opinion2 != o)
                {
                    continue;
                }

                linked = true;
                if (problem.CompletedOn is { } done)
                {
                    latest = done > latest ? done : latest;
                }
                else
                {
                    allFinished = false;
                }
            }

            DateOnly? reportedBack = null;
            if (linked && allFinished)
            {
                var since = Days(latest, _asOf);
                if (since > ReportBackWindow)
                {
                    reportedBack = Breaks(Breach.Sup004, 0.06) ? null
                        : Boundary(Breach.ReportBackOnWindowDay, 0.02) ? latest.AddDays(ReportBackWindow)
                        : latest.AddDays(_rng.Between(1, ReportBackWindow));
                }
                else if (since >= 1 && _rng.Chance(0.5))
                {
                    reportedBack = latest.AddDays(_rng.Between(1, since));
                }
            }
            else if (!linked && draft.Claimed is { } claimed && Days(claimed, _asOf) >= 1 && _rng.Chance(0.3))
            {
                reportedBack = claimed.AddDays(_rng.Between(1, Math.Min(30, Days(claimed, _asOf))));
            }

            if (reportedBack is { } back && draft.Claimed is { } claimedOn && back < claimedOn)
            {
                reportedBack = claimedOn;
            }

            _opinions.Add(new Opinion(
                draft.Id, unitId, draft.Text, draft.Received, draft.Target >= 0 ? _leaders[draft.Target] : null, draft.Channel,
                draft.Claimed, draft.Claimant, reportedBack));
        }
    }

    private readonly record struct OpinionDraft(string Id, DateOnly Received, int Target, DateOnly? Claimed, string? Claimant, string Text, string Channel);

    private readonly record struct ProblemDraft(string Id, int Owner, string Text, DateOnly Identified, int Opinion1, int Opinion2)
    {
        public bool Rectified { get; init; }

        public DateOnly? CompletedOn { get; init; }
    }
}
