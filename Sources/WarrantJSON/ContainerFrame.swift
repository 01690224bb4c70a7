/// One open array or object on the parser's explicit stack.
///
/// The parser keeps children of all open containers in two shared scratch
/// arrays and remembers here where this container's children start, so each
/// finished container is copied out once at its exact size.
struct ContainerFrame {
    /// Object (members) or array (elements).
    let isObject: Bool
    /// Index of this container's first child in the matching scratch array.
    let firstChild: Int
    /// For objects: the key whose value is being parsed.
    var pendingKey: String = ""
    /// For objects past `DuplicateKeyCheck.linearScanLimit` members: the keys
    /// seen so far, so duplicate detection stays linear overall.
    var seenKeys: Set<String>?
}

/// How the parser detects duplicate keys.
enum DuplicateKeyCheck {
    /// Objects up to this many members are checked by scanning; larger ones
    /// switch to a hash set so a 1,000-key object is not 500,000 comparisons.
    static let linearScanLimit = 16
}
