using System.Data.Common;

namespace RufaBot.Tests.Storage;

/// <summary>A database error as a driver would raise it.</summary>
internal sealed class FakeDbException(string message) : DbException(message);
