import NIOCore

/// Refuses, before MultipartKit's parser reads them, the bytes that parser cannot take: in multipart-kit
/// 4.7.1 a byte past ASCII in a part's header *name* indexes past the end of its 128-entry table of name
/// characters, which stops the process. Header names are ASCII tokens, so nothing valid is refused.
///
/// It errs on the side of looking: every `--boundary` (not only one after a line break, as the parser
/// wants) starts a header block — a compliant body never holds its own boundary — whose lines' names, the
/// bytes before a line's `:`, must be ASCII, up to the empty line that ends the block. After a closing
/// `--boundary--` it goes on looking for delimiters: the parser might not have taken that one for the close.
struct MultipartHeaderGuard {
    private enum State {
        /// In a part's content (or the preamble), looking for the delimiter.
        case content
        /// Right after a delimiter: `index` bytes of its line seen, `dashes` of them a leading `--`.
        case delimiterLine(index: Int, dashes: Int)
        /// In a header line's name, `length` bytes into it.
        case name(length: Int)
        /// In a header line's value.
        case value
    }

    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    private let delimiter: [UInt8]
    /// For each prefix of the delimiter, the longest proper prefix that is also its suffix (Knuth–Morris–
    /// Pratt), so no occurrence is missed whatever the boundary's characters.
    private let fallback: [Int]
    private var matched = 0
    private var state = State.content

    /// A guard for a body whose boundary is `boundary`.
    init(boundary: String) {
        delimiter = Array("--\(boundary)".utf8)
        var fallback = [Int](repeating: 0, count: delimiter.count)
        var length = 0
        for index in delimiter.indices.dropFirst() {
            while length > 0, delimiter[index] != delimiter[length] { length = fallback[length - 1] }
            if delimiter[index] == delimiter[length] { length += 1 }
            fallback[index] = length
        }
        self.fallback = fallback
    }

    /// Whether `bytes`, following those already seen, keep every header name ASCII.
    mutating func admits(_ bytes: ByteBuffer) -> Bool {
        for byte in bytes.readableBytesView {
            switch state {
            case .content:
                if found(byte) { state = .delimiterLine(index: 0, dashes: 0) }
            case .delimiterLine(let index, let dashes):
                if byte == UInt8(ascii: "-"), dashes == index, index < 2 {
                    state = dashes + 1 == 2 ? .content : .delimiterLine(index: index + 1, dashes: dashes + 1)
                } else if byte == Self.lf {
                    state = .name(length: 0)
                } else {
                    state = .delimiterLine(index: index + 1, dashes: dashes)
                }
            case .name(let length):
                if byte >= 0x80 { return false }
                if byte == UInt8(ascii: ":") {
                    state = .value
                } else if byte == Self.cr, length == 0 {
                    // An empty line: the headers end and the part's content begins.
                    matched = 0
                    state = .content
                } else if byte == Self.lf {
                    state = .name(length: 0)
                } else {
                    state = .name(length: length + 1)
                }
            case .value:
                if byte == Self.lf { state = .name(length: 0) }
            }
        }
        return true
    }

    /// Advances the delimiter match by `byte`; whether the whole delimiter has now been seen.
    private mutating func found(_ byte: UInt8) -> Bool {
        while matched > 0, byte != delimiter[matched] { matched = fallback[matched - 1] }
        if byte == delimiter[matched] { matched += 1 }
        guard matched == delimiter.count else { return false }
        matched = 0
        return true
    }
}
