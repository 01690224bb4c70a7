import Foundation
import HTTPTypes
import WarrantJSON

/// That an operation is deprecated, since when, and when it goes away: `Deprecation(since: "2026-06-01",
/// sunset: "2027-06-01")`.
///
/// A deprecated operation says so in the OpenAPI document (`deprecated: true`, with the dates in its
/// description) and on every response: `Deprecation: @<unix time>` (RFC 9745), `Sunset: <HTTP-date>`
/// (RFC 8594) when a sunset is given, and `Link: <…>; rel="deprecation"` when a link is. Give it to one
/// handler (`@GET("/old", deprecated: Deprecation(since: "2026-06-01"))`) or to a whole group of routes
/// (`routes.group("/v1", deprecated: …)`). Dates are `YYYY-MM-DD` (midnight UTC) or RFC 3339 timestamps;
/// one that does not parse, or a sunset before the deprecation, stops the server at start-up.
public struct Deprecation: Sendable, Hashable {
    /// When the operation was (or will be) deprecated.
    public var since: String
    /// When the operation will stop answering, if decided.
    public var sunset: String?
    /// A page explaining the deprecation and what to use instead.
    public var link: String?

    /// A deprecation with its dates.
    public init(since: String, sunset: String? = nil, link: String? = nil) {
        self.since = since
        self.sunset = sunset
        self.link = link
    }

    /// The response headers, or what is wrong with the dates.
    func headers() -> Result<HTTPFields, DeprecationDateError> {
        guard let sinceDate = Self.date(since) else { return .failure(.unreadable(since)) }
        var fields = HTTPFields()
        fields[.deprecation] = "@\(Int64(sinceDate.timeIntervalSince1970.rounded(.down)))"
        if let sunset {
            guard let sunsetDate = Self.date(sunset) else { return .failure(.unreadable(sunset)) }
            guard sunsetDate >= sinceDate else { return .failure(.sunsetBeforeDeprecation) }
            fields[.sunset] = HTTPDate.format(sunsetDate)
        }
        if let link {
            guard !link.contains(where: { $0 == ">" || $0 == "<" || $0.isNewline || $0 == " " }) else { return .failure(.unusableLink(link)) }
            fields[.link] = "<\(link)>; rel=\"deprecation\""
        }
        return .success(fields)
    }

    /// The sentence the operation's description ends with.
    var documentation: String {
        var text = "**Deprecated** since \(since)"
        if let sunset { text += "; it stops answering after \(sunset) (the `Sunset` header)" }
        text += "."
        if let link { text += " See \(link)." }
        return text
    }

    /// `YYYY-MM-DD` as midnight UTC, or an RFC 3339 timestamp.
    static func date(_ text: String) -> Date? {
        if text.utf8.count == 10 { return RFC3339.parse(text + "T00:00:00Z") }
        return RFC3339.parse(text)
    }
}

/// Why a ``Deprecation``'s dates cannot be used.
enum DeprecationDateError: Error, CustomStringConvertible {
    /// Neither `YYYY-MM-DD` nor RFC 3339.
    case unreadable(String)
    /// The sunset comes before the deprecation.
    case sunsetBeforeDeprecation
    /// The link would break the `Link` header.
    case unusableLink(String)

    var description: String {
        switch self {
        case .unreadable(let text): "the date '\(text)' is neither YYYY-MM-DD nor an RFC 3339 timestamp"
        case .sunsetBeforeDeprecation: "the sunset comes before the deprecation"
        case .unusableLink(let link): "the link '\(link)' is not a URI reference"
        }
    }
}

extension HTTPField.Name {
    /// `Deprecation` (RFC 9745).
    static let deprecation = HTTPField.Name("Deprecation")!
    /// `Sunset` (RFC 8594).
    static let sunset = HTTPField.Name("Sunset")!
    /// `Link` (RFC 8288).
    static let link = HTTPField.Name("Link")!
}
