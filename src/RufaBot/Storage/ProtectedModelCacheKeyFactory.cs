using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace RufaBot.Storage;

/// <summary>
/// EF builds a model once per key and caches it; our converters hold the key ring's protectors, so the key ring is
/// part of the key. The app has one key ring and so one model; tests with their own key rings get their own.
/// </summary>
internal sealed class ProtectedModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), (context as RufaDbContext)?.Protection, designTime);
}
