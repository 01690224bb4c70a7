import Foundation
import NIOCore

/// The icon browsers ask for next to the docs pages (a 16×16 PNG, 88 bytes), so they do not log a 404.
enum Favicon {
    static let png: ByteBuffer = {
        let encoded = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAH0lEQVR42mOQs+n5TwlmGJwG4AKjBowaQF8DhlZmAgAGw2KD9LMLEAAAAABJRU5ErkJggg=="
        return ByteBuffer(bytes: Data(base64Encoded: encoded) ?? Data())
    }()
}
