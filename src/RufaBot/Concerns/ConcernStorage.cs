using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>
/// The one way a call on the concern database fails for its callers: an outage (connection refused, timeout, file
/// unreadable) becomes <see cref="ConcernStorageUnavailableException"/>, logged once without content; a broken rule or
/// a bug stays what it is.
/// </summary>
internal static class ConcernStorage
{
    public static async Task<T> GuardAsync<T>(ILogger logger, Func<Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action();
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && StorageFailure.IsUnavailable(exception))
        {
            Log.StorageUnavailable(logger, exception);
            throw new ConcernStorageUnavailableException(exception);
        }
    }
}
