namespace RufaBot.Concerns.Assessment;

/// <summary>Severity bands of the scoring rule (domain.md section 4): S1 up to 3 points, S2 4-6, S3 7-9, S4 10 or more.</summary>
internal enum Severity
{
    S1 = 1,
    S2,
    S3,
    S4,
}
