import Foundation
import NIOCore
import WarrantCrypto

/// The resolved asset locations for the docs pages: URLs, integrity values and, when self-hosted, the bytes.
struct DocsAssets: Sendable {
    /// One asset as a page links it.
    struct Link: Sendable {
        let url: String
        let integrity: String
    }

    let swaggerBundle: Link
    let swaggerCSS: Link
    let redocBundle: Link
    let oauthRedirect: Link
    /// Self-hosted file contents by file name (empty when assets come from a URL).
    let files: [String: ByteBuffer]
    /// The origin the pages load assets from (`'self'` when self-hosted).
    let origin: String

    /// Resolves `options`; a self-hosted directory must hold every asset file.
    init(_ options: DocsOptions) throws {
        if let directory = options.assetsDirectory {
            var files: [String: ByteBuffer] = [:]
            var links: [String: Link] = [:]
            for asset in PinnedAssets.all {
                let path = URL(fileURLWithPath: directory).appendingPathComponent(asset.fileName).path
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw DocsAssetsError(message: "docs assets directory \(directory) has no \(asset.fileName); copy it from swagger-ui-dist \(PinnedAssets.swaggerUIVersion) / redoc \(PinnedAssets.redocVersion), or unset DOCS_ASSETS_DIRECTORY")
                }
                // The integrity attribute proves nothing if it is computed from whatever is on disk: the file
                // must be the pinned version's, byte for byte.
                guard ConstantTime.equals(Array(Digest.sha512Base64(Array(data)).utf8), Array(asset.sha512.utf8)) else {
                    throw DocsAssetsError(message: "\(path) is not the pinned \(asset.fileName) (swagger-ui-dist \(PinnedAssets.swaggerUIVersion), redoc \(PinnedAssets.redocVersion)): its SHA-512 differs; copy that version's file")
                }
                files[asset.fileName] = ByteBuffer(bytes: data)
                links[asset.fileName] = Link(url: "/docs/assets/\(asset.fileName)", integrity: "sha512-" + asset.sha512)
            }
            self.files = files
            self.origin = "'self'"
            swaggerBundle = links[PinnedAssets.swaggerBundle.fileName] ?? Link(url: "", integrity: "")
            swaggerCSS = links[PinnedAssets.swaggerCSS.fileName] ?? Link(url: "", integrity: "")
            redocBundle = links[PinnedAssets.redocBundle.fileName] ?? Link(url: "", integrity: "")
            oauthRedirect = links[PinnedAssets.oauthRedirect.fileName] ?? Link(url: "", integrity: "")
            return
        }
        files = [:]
        let base = options.assetsURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        func link(_ asset: PinnedAsset) -> Link {
            guard let base else { return Link(url: asset.cdnURL, integrity: asset.integrity) }
            return Link(url: "\(base)/\(asset.fileName)", integrity: asset.integrity)
        }
        swaggerBundle = link(PinnedAssets.swaggerBundle)
        swaggerCSS = link(PinnedAssets.swaggerCSS)
        redocBundle = link(PinnedAssets.redocBundle)
        oauthRedirect = link(PinnedAssets.oauthRedirect)
        origin = Self.origin(of: base ?? "https://cdn.jsdelivr.net")
    }

    /// `scheme://host[:port]` of a URL.
    static func origin(of url: String) -> String {
        guard let components = URLComponents(string: url), let scheme = components.scheme, let host = components.host else {
            return url
        }
        return components.port.map { "\(scheme)://\(host):\($0)" } ?? "\(scheme)://\(host)"
    }
}

/// A docs asset configuration that cannot be served.
struct DocsAssetsError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
