namespace RufaBot.Dialogs.Loading;

// Every property any step kind may have; the schema says which belong to which kind.
internal sealed class StepJson
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string? Description { get; set; }

    public string? Text { get; set; }

    public string? Help { get; set; }

    public string? Label { get; set; }

    public bool Optional { get; set; }

    public string? Next { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public string? Pattern { get; set; }

    public string? PatternError { get; set; }

    public List<ChoiceJson>? Choices { get; set; }

    public bool Multi { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public bool Integer { get; set; }

    public bool AllowFuture { get; set; } = true;

    public int? MaxFiles { get; set; }

    public string? Dialog { get; set; }

    public List<CaseJson>? Cases { get; set; }

    public string? Else { get; set; }

    public bool Pause { get; set; }

    public string? Signal { get; set; }

    public List<string>? Steps { get; set; }

    public string? More { get; set; }

    public string? MoreLabel { get; set; }
}
