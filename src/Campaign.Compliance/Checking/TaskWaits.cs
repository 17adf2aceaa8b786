namespace Campaign.Compliance.Checking;

/// <summary>Waiting for work a check started, so that none outlives the call.</summary>
internal static class TaskWaits
{
    /// <summary>
    /// Waits until <paramref name="task"/> (if any) has finished, without throwing its error: the caller is already
    /// leaving with an error of its own, or reads the outcome elsewhere (a <see cref="Lazy{T}"/> rethrows it).
    /// </summary>
    public static void WaitQuietly(this Task? task) =>
        task?.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).Wait(CancellationToken.None);
}
