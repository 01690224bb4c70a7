/// Decides whether a statement may share a pipeline with other callers' statements.
///
/// Statements in one pipeline run back to back on one session, so one that opens or ends
/// a transaction (`BEGIN`, `COMMIT`, `CALL` of a procedure that commits, …) would pull the
/// others into it. Only plain data statements are therefore pipelined, recognised by
/// their first keyword; everything else runs on its own.
enum PipelineEligibility {
    private static let keywords: Set<String> = ["SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES", "TABLE"]

    static func allows(_ text: String) -> Bool {
        var keyword = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                if keyword.isEmpty { continue }
                return keywords.contains(keyword)
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                keyword.unicodeScalars.append(Unicode.Scalar(byte - 32))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                keyword.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                return keywords.contains(keyword)
            }
            if keyword.utf8.count > 6 {
                return false
            }
        }
        return keywords.contains(keyword)
    }
}
