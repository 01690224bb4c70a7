/// How the parser detects duplicate keys.
enum DuplicateKeyCheck {
    /// Objects up to this many members are checked by scanning; larger ones
    /// switch to a hash set so a 1,000-key object is not 500,000 comparisons.
    static let linearScanLimit = 16
}
