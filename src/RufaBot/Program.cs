using RufaBot.Hosting;

RufaBotHost.Build(args).Run();

/// <summary>Entry point; public so tests can host the real app.</summary>
public partial class Program;
