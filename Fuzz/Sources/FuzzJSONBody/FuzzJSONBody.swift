import Foundation
import Warrant
import WarrantJSON

// libFuzzer entry: arbitrary bytes through the request-body path — strict parsing with the server's
// limits, then decoding and validation of a type using every schema feature, then re-encoding.
// Any crash, hang or sanitizer report is a bug.

/// A nested value.
@Schema
struct FuzzChild: Sendable {
    /// A constrained string.
    @Length(1...20) @Pattern("^[a-z0-9 ]+$") var name: String
    /// A constrained number.
    @Range(-5...5) var level: Int32
}

/// A closed set.
@Schema
enum FuzzKind: String, Sendable {
    /// One.
    case one
    /// Two.
    case two
}

/// Every decodable shape.
@Schema
struct FuzzModel: Sendable {
    /// A string.
    @Length(1...200) var title: String
    /// A flag.
    var done: Bool = false
    /// A 64-bit integer.
    @Range(1...) var id: Int64?
    /// A double.
    @Range(0.0...1.0) var ratio: Double?
    /// A date.
    var at: Date?
    /// A UUID.
    var uuid: UUID?
    /// An enum.
    var kind: FuzzKind?
    /// Children.
    @Items(...10) var children: [FuzzChild] = []
    /// A map.
    var scores: [String: Int]?
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONBody(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let json = try? JSONParser.parse(bytes, limits: .default) else { return 0 }
    var issues = ValidationIssues()
    if let model = FuzzModel.decode(json: json, issues: &issues) {
        var writer = JSONWriter()
        model.encode(to: &writer)
        // What we write must parse again and decode to a valid value.
        guard let reparsed = try? JSONParser.parse(writer.bytes) else { fatalError("the encoder wrote invalid JSON") }
        var again = ValidationIssues()
        if FuzzModel.decode(json: reparsed, issues: &again) == nil { fatalError("a decoded value did not decode again: \(again.all)") }
    } else if issues.isEmpty {
        fatalError("decoding failed without saying why")
    }
    for issue in issues.all { _ = issue.pointer }
    return 0
}
