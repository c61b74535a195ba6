using System.Text;

namespace RufaBot.Knowledge.Text;

/// <summary>A mutable word with the consonant/vowel measures the Porter stemmer needs.</summary>
internal sealed class Word(string text)
{
    private readonly StringBuilder _chars = new(text);

    public int Length => _chars.Length;

    public char this[int index] => _chars[index];

    public bool EndsWith(string suffix)
    {
        if (suffix.Length > _chars.Length)
            return false;
        for (var i = 0; i < suffix.Length; i++)
            if (_chars[_chars.Length - suffix.Length + i] != suffix[i])
                return false;
        return true;
    }

    public void Chop(int count) => _chars.Length -= count;

    public void Append(string text) => _chars.Append(text);

    public void ReplaceEnd(int count, string replacement)
    {
        Chop(count);
        Append(replacement);
    }

    public bool IsConsonant(int i) => _chars[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(i - 1),
        _ => true,
    };

    /// <summary>m in [C](VC)^m[V] over the first <paramref name="end"/> letters.</summary>
    public int Measure(int end)
    {
        var m = 0;
        var i = 0;
        while (i < end && IsConsonant(i)) i++;
        while (i < end)
        {
            while (i < end && !IsConsonant(i)) i++;
            if (i >= end) break;
            m++;
            while (i < end && IsConsonant(i)) i++;
        }
        return m;
    }

    public bool HasVowel(int end)
    {
        for (var i = 0; i < end; i++)
            if (!IsConsonant(i))
                return true;
        return false;
    }

    public bool EndsWithDoubleConsonant() =>
        _chars.Length >= 2 && _chars[^1] == _chars[^2] && IsConsonant(_chars.Length - 1);

    /// <summary>Consonant-vowel-consonant ending at <paramref name="end"/>, the last not w, x or y.</summary>
    public bool EndsWithCvc(int end) =>
        end >= 3 && IsConsonant(end - 1) && !IsConsonant(end - 2) && IsConsonant(end - 3)
        && _chars[end - 1] is not ('w' or 'x' or 'y');

    public override string ToString() => _chars.ToString();
}
