namespace RufaBot.Concerns.Intake;

/// <summary>Q15, step <c>alreadyReported</c>: who already knows or has acted.</summary>
internal enum ReportedTo
{
    RcUnct,
    Ohchr,
    Management,
    Authorities,
    Nobody,
}
