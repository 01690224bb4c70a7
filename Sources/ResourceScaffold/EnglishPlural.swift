/// Naive English plurals, enough for resource names; `--plural` covers the irregular ones (person → people).
public enum EnglishPlural {
    /// The plural of one lowercase word: a consonant and `y` becomes `ies`; `s`, `x`, `z`, `ch` and `sh`
    /// take `es`; anything else takes `s`.
    public static func of(_ word: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if word.hasSuffix("y"), word.count > 1, let before = word.dropLast().last, !vowels.contains(before) {
            return word.dropLast() + "ies"
        }
        if ["s", "x", "z", "ch", "sh"].contains(where: word.hasSuffix) {
            return word + "es"
        }
        return word + "s"
    }
}
