using Campaign.Rules.Tests.Builders;

namespace Campaign.Rules.Tests.Differential;

using NRules;

/// <summary>
/// Plays one script of operations on two sessions of the same rules, one per runtime, over the same fact objects, and
/// after every step compares what each operation returned or threw, the firings (rule and match, in order) and the
/// contents of <c>Query&lt;T&gt;()</c>. Throws on the first disagreement, naming the step and both results.
/// </summary>
public sealed class DifferentialRun
{
    private const int Customers = 4;
    private const int Orders = 8;

    private readonly Side _reference;
    private readonly Side _candidate;
    private readonly Customer[] _customers = Enumerable.Range(0, Customers).Select(i => new Customer(i)).ToArray();
    private readonly Order[] _orders = Enumerable.Range(0, Orders).Select(i => new Order(i, i % Customers, 10 * (i % 7))).ToArray();
    private readonly List<string> _trace = new();

    private readonly bool _inAnyOrder;

    /// <summary>Opens one session per factory.</summary>
    /// <param name="reference">The reference runtime's factory.</param>
    /// <param name="candidate">The candidate runtime's factory.</param>
    /// <param name="inAnyOrder">
    /// Compare what fired, not in which order: the firings of a step and the elements of each collection are compared as
    /// sorted lists, and Fire is never limited (a limit makes the order decide what fires).
    /// </param>
    public DifferentialRun(ISessionFactory reference, ISessionFactory candidate, bool inAnyOrder = false)
    {
        _inAnyOrder = inAnyOrder;
        _reference = new Side(reference, inAnyOrder);
        _candidate = new Side(candidate, inAnyOrder);
    }

    /// <summary>The rules that fired in the reference session so far (to check that scripts reach every rule).</summary>
    public IReadOnlySet<string> FiredRules => _reference.FiredRules;

    /// <summary>The candidate runtime's session.</summary>
    public ISession CandidateSession => _candidate.Session;

    /// <summary>Retracts every customer and order still in the sessions (linked facts go with their activations).</summary>
    public void RetractEverything()
    {
        var present = _reference.Session.Query<object>().AsEnumerable().Where(f => f is Customer or Order).ToList();
        Compare("RetractAll [" + string.Join(",", present.Select(FiringLog.Render)) + "]", s => Plain(() => s.Session.RetractAll(present)));
    }

    /// <summary>Plays a script: every four bytes are one step (kind, and three operands).</summary>
    public void Play(byte[] script)
    {
        for (var i = 0; i + 3 < script.Length; i += 4)
        {
            Step(script[i], script[i + 1], script[i + 2], script[i + 3]);
        }

        // A last full Fire so that every pending activation is compared too.
        Compare("Fire()", s => s.Session.Fire());
    }

    private void Step(byte kind, byte a, byte b, byte c)
    {
        var customer = _customers[a % Customers];
        var order = _orders[a % Orders];
        switch (kind % 13)
        {
            case 0:
                Compare("Insert " + customer, s => Single(s, customer, Operation.Insert, b));
                break;
            case 1:
                Compare("Insert " + order, s => Single(s, order, Operation.Insert, b));
                break;
            case 2:
                Mutate(order, b, c);
                Compare("Update " + FiringLog.Render(order), s => Single(s, order, Operation.Update, b));
                break;
            case 3:
                customer.IsVip = !customer.IsVip;
                Compare("Update " + FiringLog.Render(customer), s => Single(s, customer, Operation.Update, b));
                break;
            case 4:
                Compare("Retract " + order, s => Single(s, order, Operation.Retract, b));
                break;
            case 5:
                Compare("Retract " + customer, s => Single(s, customer, Operation.Retract, b));
                break;
            case 6 or 7 or 8 when !_inAnyOrder:
                // The order of the activations one set operation creates is a permitted difference (NRules follows its
                // left memories, the indexed runtime the set): sets are compared by the any-order run.
                Compare("Update " + FiringLog.Render(customer), s => Single(s, customer, Operation.Update, b));
                break;
            case 6:
                Batch(Operation.Insert, a, b, c);
                break;
            case 7:
                Batch(Operation.Update, a, b, c);
                break;
            case 8:
                Batch(Operation.Retract, a, b, c);
                break;
            case 9:
            case 10:
                Compare("Fire()", s => s.Session.Fire());
                break;
            default:
                // Fire is never limited: which of several equal-priority activations fires first is a permitted
                // difference, and a limit would let it change what the sessions hold afterwards.
                Compare("Fire()", s => s.Session.Fire());
                break;
        }
    }

    private static void Mutate(Order order, byte how, byte value)
    {
        switch (how % 3)
        {
            case 0:
                order.CustomerId = value % Customers;
                break;
            case 1:
                order.Amount = 10 * (value % 7);
                break;
            default:
                order.IsOpen = !order.IsOpen;
                break;
        }
    }

    private void Batch(Operation operation, byte form, byte customerMask, byte orderMask)
    {
        // Distinct facts only: NRules leaves a batch with a repeated fact half done (see SetPropagationTests).
        var facts = new List<object>();
        for (var i = 0; i < Customers; i++)
        {
            if ((customerMask & (1 << i)) != 0)
            {
                facts.Add(_customers[i]);
            }
        }

        for (var i = 0; i < Orders; i++)
        {
            if ((orderMask & (1 << i)) != 0)
            {
                facts.Add(_orders[i]);
            }
        }

        var options = (form % 3) switch
        {
            0 => (BatchOptions?)null,
            1 => BatchOptions.AllOrNothing,
            _ => BatchOptions.SkipFailed,
        };
        if (operation == Operation.Update)
        {
            // Only facts the update will reach are changed: a fact changed in place but not updated leaves a session
            // with stale memories, whose behaviour neither runtime defines.
            var present = _reference.Session.Query<object>().AsEnumerable().ToHashSet(ReferenceEqualityComparer.Instance);
            var reached = options == BatchOptions.SkipFailed || facts.TrueForAll(present.Contains)
                ? facts.Where(present.Contains)
                : [];
            foreach (var fact in reached)
            {
                if (fact is Order order)
                {
                    Mutate(order, orderMask, (byte)(customerMask + order.Id));
                }
                else
                {
                    ((Customer)fact).IsVip = !((Customer)fact).IsVip;
                }
            }
        }

        var text = operation + "All" + (options is null ? string.Empty : " Try " + options) + " [" + string.Join(",", facts.Select(FiringLog.Render)) + "]";
        Compare(text, s => s.Session is var session && options is { } o
            ? Result(operation switch
            {
                Operation.Insert => session.TryInsertAll(facts, o),
                Operation.Update => session.TryUpdateAll(facts, o),
                _ => session.TryRetractAll(facts, o),
            })
            : Plain(() =>
            {
                switch (operation)
                {
                    case Operation.Insert:
                        session.InsertAll(facts);
                        break;
                    case Operation.Update:
                        session.UpdateAll(facts);
                        break;
                    default:
                        session.RetractAll(facts);
                        break;
                }
            }));
    }

    private static object Single(Side side, object fact, Operation operation, byte form)
    {
        var session = side.Session;
        if ((form & 4) != 0)
        {
            return operation switch
            {
                Operation.Insert => session.TryInsert(fact),
                Operation.Update => session.TryUpdate(fact),
                _ => session.TryRetract(fact),
            };
        }

        return Plain(() =>
        {
            switch (operation)
            {
                case Operation.Insert:
                    session.Insert(fact);
                    break;
                case Operation.Update:
                    session.Update(fact);
                    break;
                default:
                    session.Retract(fact);
                    break;
            }
        });
    }

    private static string Plain(Action action)
    {
        action();
        return "done";
    }

    private static string Result(IFactResult result) =>
        "failed " + result.FailedCount + " [" + string.Join(",", result.Failed.Select(FiringLog.Render)) + "]";

    private void Compare(string step, Func<Side, object> operation)
    {
        _trace.Add(step);
        var expected = _reference.Apply(operation);
        var actual = _candidate.Apply(operation);
        if (expected != actual)
        {
            throw new DifferentialException(
                "The runtimes disagree after step " + _trace.Count + ": " + step + Environment.NewLine +
                "reference: " + expected + Environment.NewLine +
                "candidate: " + actual + Environment.NewLine +
                "steps:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", _trace));
        }
    }

    private enum Operation
    {
        Insert,
        Update,
        Retract,
    }

    /// <summary>One runtime's session and what it did.</summary>
    private sealed class Side
    {
        private readonly FiringLog _log;

        private readonly bool _inAnyOrder;

        public Side(ISessionFactory factory, bool inAnyOrder)
        {
            // Collections are always compared as multisets: the element order of an unordered Collect or GroupBy is
            // a permitted difference.
            _log = new FiringLog(inAnyOrder: true);
            _inAnyOrder = inAnyOrder;
            Session = factory.CreateSession();
            Session.DependencyResolver = _log;
        }

        public ISession Session { get; }

        public HashSet<string> FiredRules { get; } = new();

        /// <summary>Runs the operation and describes its outcome, the firings it caused and the working memory after it.</summary>
        public string Apply(Func<Side, object> operation)
        {
            _log.Entries.Clear();
            string outcome;
            try
            {
                outcome = operation(this) switch
                {
                    // Fire's count, without the firings of rules that may differ by a permitted difference.
                    int fired => "fired " + (fired - _log.Entries.Count(IsPermittedDifference)),
                    var other => FiringLog.Render(other),
                };
            }
            catch (Exception error)
            {
                // By type name: the indexed runtime has its own exception types of NRules' names (engine.md).
                outcome = "threw " + error.GetType().Name;
            }

            FiredRules.UnionWith(_log.Entries.Select(RuleName));
            var firings = _log.Entries.Where(entry => !IsPermittedDifference(entry));
            firings = _inAnyOrder ? firings.Order(StringComparer.Ordinal) : InPriorityRuns(firings);

            return outcome + Environment.NewLine +
                "  firings: " + string.Join("; ", firings) + Environment.NewLine +
                "  customers: " + Contents<Customer>() + Environment.NewLine +
                "  orders: " + Contents<Order>() + Environment.NewLine +
                "  alerts: " + Contents<Alert>();
        }

        /// <summary>
        /// The firings in their order, each run of equal-priority firings sorted: the order among activations of one
        /// priority that one operation creates follows each runtime's propagation (a permitted difference), while
        /// priorities and chaining must agree.
        /// </summary>
        private static IEnumerable<string> InPriorityRuns(IEnumerable<string> firings)
        {
            var result = new List<string>();
            var run = new List<string>();
            int? priority = null;
            foreach (var firing in firings)
            {
                var next = DifferentialRules.PriorityOf(RuleName(firing));
                if (priority != next)
                {
                    result.AddRange(run.Order(StringComparer.Ordinal));
                    run.Clear();
                    priority = next;
                }

                run.Add(firing);
            }

            result.AddRange(run.Order(StringComparer.Ordinal));
            return result;
        }

        private static bool IsPermittedDifference(string entry) => DifferentialRules.PermittedDifferences.Contains(RuleName(entry));

        private static string RuleName(string entry) => entry[..entry.IndexOf('(', StringComparison.Ordinal)];

        // Query<T>() contents as a multiset: the order in which a working memory enumerates is not a semantic.
        // AsEnumerable: NRules' Query<T>() is an IQueryable, whose Select would compile an expression on every call.
        private string Contents<T>() =>
            string.Join(",", Session.Query<T>().AsEnumerable().Select(f => FiringLog.Render(f)).Order(StringComparer.Ordinal));
    }
}
