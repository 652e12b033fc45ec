using System.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Rewrites MSA words in the spellings met in news, to measure that the tagger does not depend on them:
/// Egyptian newspaper orthography (final ى for ي, final ه for ة, hamza-less alef) and fully voweled text.
/// </summary>
public static class SpellingVariants
{
    public static Func<string, string> Get(string name) => name switch
    {
        "as-is" => w => w,
        "egyptian" => Egyptian,
        "diacritics" => Diacritized,
        _ => throw new ArgumentException($"unknown spelling variant '{name}'", nameof(name)),
    };

    public static string Egyptian(string word)
    {
        var b = new StringBuilder(word.Length);
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            bool last = i == word.Length - 1 || !Marsad.Text.Tokenization.ArabicScript.IsLetter(word[i + 1]);
            b.Append(c switch
            {
                'ي' when last => 'ى',
                'ة' when last => 'ه',
                'أ' or 'إ' or 'آ' => 'ا',
                _ => c,
            });
        }
        return b.ToString();
    }

    public static string Diacritized(string word)
    {
        var b = new StringBuilder(word.Length * 2);
        foreach (char c in word)
        {
            b.Append(c);
            if (Marsad.Text.Tokenization.ArabicScript.IsLetter(c)) b.Append('\u064E');
        }
        return b.ToString();
    }
}
