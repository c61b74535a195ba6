using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RufaBot.Storage;

/// <summary>
/// Stores a time as UTC ticks: SQLite cannot compare or order DateTimeOffset in queries, and the outbox and SLA timers
/// compare times on every poll, so both providers store the same comparable number.
/// </summary>
internal sealed class UtcTicks() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    stored => new DateTimeOffset(stored, TimeSpan.Zero));
