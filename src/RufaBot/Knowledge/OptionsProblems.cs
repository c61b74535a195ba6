using Microsoft.Extensions.Options;

namespace RufaBot.Knowledge;

/// <summary>Validates options by listing their problems, each naming the configuration key to fix.</summary>
internal sealed class OptionsProblems<T>(Func<T, IEnumerable<string>> problems) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var list = problems(options).ToList();
        return list.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(list);
    }
}
