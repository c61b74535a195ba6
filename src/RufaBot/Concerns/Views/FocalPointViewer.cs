namespace RufaBot.Concerns.Views;

/// <summary>Who is reading, as routing resolved them. Only a keyed hash of the id reaches the audit trail.</summary>
internal sealed record FocalPointViewer(ConcernRole Role, string AadObjectId);
