using RufaBot.LoadDriver;

// dotnet run -c Release --project tests/RufaBot.LoadDriver -- --users 200 --duration 20 [--think-ms 1000] [--state memory|redis] [--bots N] [--pin]
if (args.Any(a => a is "--help" or "-h"))
{
    Console.WriteLine(LoadOptions.Usage);
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
return report.Passed ? 0 : 1;
