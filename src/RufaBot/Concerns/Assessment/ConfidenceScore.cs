using RufaBot.Concerns.Intake;

namespace RufaBot.Concerns.Assessment;

/// <summary>
/// Confidence from Q12 (how the reporter knows: reliability of the source) and Q13 (corroboration: credibility),
/// rated separately as the OHCHR monitoring manual asks, then added: 0-2 low, 3-4 medium, 5-6 high.
/// It never changes severity. An unanswered question adds nothing.
/// </summary>
internal static class ConfidenceScore
{
    public static int SourcePoints(InformationSource? source) => source switch
    {
        InformationSource.Witnessed or InformationSource.Victim => 3,
        InformationSource.Witness or InformationSource.Documents or InformationSource.Report => 2,
        InformationSource.SecondHand or InformationSource.Media => 1,
        _ => 0,
    };

    public static int CorroborationPoints(Corroboration? corroboration) => corroboration switch
    {
        Corroboration.OfficialAdmission => 3,
        Corroboration.Several or Corroboration.Documents => 2,
        Corroboration.OneSource => 1,
        _ => 0,
    };

    public static Confidence Of(ConcernIntake intake) =>
        (SourcePoints(intake.Source) + CorroborationPoints(intake.Corroboration)) switch
        {
            <= 2 => Confidence.Low,
            <= 4 => Confidence.Medium,
            _ => Confidence.High,
        };
}
