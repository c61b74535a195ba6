using RufaBot.LoadDriver;
using RufaBot.LoadDriver.Results;

// dotnet run -c Release --project tests/RufaBot.LoadDriver -- --users 200 --duration 20 [--think-ms 1000] [--state memory|redis] [--bots N] [--pin]
// dotnet run -c Release --project tests/RufaBot.LoadDriver -- compare [--tolerance 15%] [baseline.json current.json]
if (args is ["compare", .. var compareArgs])
    return CompareCommand.Run(compareArgs, Console.Out, Console.Error);
if (args.Any(a => a is "--help" or "-h"))
{
    Console.WriteLine(LoadOptions.Usage);
    Console.WriteLine(CompareCommand.Usage);
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var report = await LoadRun.ExecuteAsync(options);
report.Print(Console.Out);
var record = RunRecord.Write(options.ResultsFolder ?? RunRecord.DefaultFolder, options.Scenario, args, report.Figures(), DateTimeOffset.UtcNow);
Console.WriteLine($"recorded {record}");
return report.Passed ? 0 : 1;
