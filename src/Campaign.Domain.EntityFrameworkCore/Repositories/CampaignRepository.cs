using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Campaign.Domain.EntityFrameworkCore;

/// <summary>
/// Ardalis' repository over a <see cref="CampaignDbContext"/> for one record type (<c>Unit</c>, <c>Person</c>,
/// <c>Opinion</c>, <c>Problem</c>, <c>Rectification</c>): specifications become SQL through
/// <see cref="QueryableSpecificationEvaluator"/>. As in Ardalis' own base repository, <c>Add</c>, <c>Update</c> and
/// <c>Delete</c> save at once; a change made on a tracked entity is saved by <see cref="SaveChangesAsync"/>.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class CampaignRepository<T> : IRepositoryBase<T>
    where T : class
{
    private readonly CampaignDbContext _context;
    private readonly QueryableSpecificationEvaluator _evaluator;

    /// <summary>Creates the repository.</summary>
    /// <param name="context">The unit of work; the repository does not dispose it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public CampaignRepository(CampaignDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _evaluator = QueryableSpecificationEvaluator.Default;
    }

    /// <inheritdoc />
    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        _context.Set<T>().Add(entity);
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <inheritdoc />
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        _context.Set<T>().AddRange(list);
        await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <inheritdoc />
    public async Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        _context.Set<T>().Update(entity);
        return await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        _context.Set<T>().UpdateRange(entities);
        return await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        _context.Set<T>().Remove(entity);
        return await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        _context.Set<T>().RemoveRange(entities);
        return await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var entities = await Query(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        _context.Set<T>().RemoveRange(entities);
        return await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="CampaignStoreConcurrencyException">A changed record was saved by someone else since it was read; nothing was saved.</exception>
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => _context.SaveChangesAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull => await _context.Set<T>().FindAsync([id], cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Query(specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Query(specification).SingleOrDefaultAsync(cancellationToken);

    /// <inheritdoc />
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => _context.Set<T>().ToListAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var list = await Query(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is { } post ? post(list).ToList() : list;
    }

    /// <inheritdoc />
    public async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var list = await Query(specification).ToListAsync(cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is { } post ? post(list).ToList() : list;
    }

    /// <inheritdoc />
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        _evaluator.GetQuery(_context.Set<T>(), specification, evaluateCriteriaOnly: true).CountAsync(cancellationToken);

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => _context.Set<T>().CountAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        _evaluator.GetQuery(_context.Set<T>(), specification, evaluateCriteriaOnly: true).AnyAsync(cancellationToken);

    /// <inheritdoc />
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => _context.Set<T>().AnyAsync(cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => Query(specification).AsAsyncEnumerable();

    private IQueryable<T> Query(ISpecification<T> specification) => _evaluator.GetQuery(_context.Set<T>(), specification);

    private IQueryable<TResult> Query<TResult>(ISpecification<T, TResult> specification) => _evaluator.GetQuery(_context.Set<T>(), specification);
}
