/// Splitting and joining the words of a name (`invoice_item`, `invoice-item`, `dueDate`).
public enum NameWords {
    /// The words of a lowercase name joined by one of `separators`, each word a letter then letters or
    /// digits — or, with `digitWords`, later words digits only (`line_2`); `nil` when `name` is not of that form.
    public static func lowercaseWords(_ name: String, separators: Set<Character> = ["_", "-"], digitWords: Bool = false) -> [String]? {
        let words = name.split(omittingEmptySubsequences: false, whereSeparator: separators.contains).map(String.init)
        guard let first = words.first, isLowercaseWord(first) else { return nil }
        return words.dropFirst().allSatisfy { isLowercaseWord($0) || (digitWords && isNumber($0)) } ? words : nil
    }

    /// The words of a lower camel case name (`dueDate` → `due`, `date`), each capital starting a word that
    /// goes on with at least one lowercase letter or digit; `nil` when `name` is not of that form.
    public static func camelWords(_ name: String) -> [String]? {
        var words: [String] = []
        var current = ""
        for character in name {
            if character.isASCII, character.isUppercase {
                words.append(current)
                current = String(character).lowercased()
            } else {
                current.append(character)
            }
        }
        words.append(current)
        guard let first = words.first, isLowercaseWord(first) else { return nil }
        // Later words start with the capital lowered above, so each needs one more character: `myURL` is refused.
        return words.dropFirst().allSatisfy { $0.count > 1 && isLowercaseWord($0) } ? words : nil
    }

    /// `invoice`, `item` → `InvoiceItem`.
    public static func upperCamel(_ words: [String]) -> String {
        words.map(capitalized).joined()
    }

    /// `invoice`, `item` → `invoiceItem`.
    public static func lowerCamel(_ words: [String]) -> String {
        guard let first = words.first else { return "" }
        return first + words.dropFirst().map(capitalized).joined()
    }

    /// A letter, then letters or digits, all ASCII lowercase.
    private static func isLowercaseWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// One or more ASCII digits.
    private static func isNumber(_ word: String) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}
