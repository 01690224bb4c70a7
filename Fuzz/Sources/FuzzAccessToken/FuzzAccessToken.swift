import Foundation
import Warrant
import WarrantCrypto

// libFuzzer entry: arbitrary text as a bearer token through the verifier (footer and kid, strict base64,
// signature, claims), and as a PASERK key. Nothing may crash, and nothing but a token signed by the
// fuzzer's key (it has none) may verify.

private let verifier: AccessTokenVerifier = {
    let key = (try? PASETOSecretKey.generate()).map { [$0.publicKey] } ?? []
    return AccessTokenVerifier(keyring: PublicKeyring(key), issuer: "fuzz", cacheCapacity: 0)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAccessToken(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if verifier.verify(text[...]) != nil { fatalError("a token without a valid signature verified") }
    _ = try? PASETO.unverifiedFooter(of: text)
    _ = try? PASETOPublicKey(paserk: text)
    _ = try? PASETOSecretKey(paserk: text)
    _ = RFC3339Probe.parse(text)
    return 0
}

/// The date parser tokens rely on, reached through the public API.
enum RFC3339Probe {
    static func parse(_ text: String) -> Date? {
        var issues = ValidationIssues()
        return Date.decode(json: .string(text), issues: &issues)
    }
}
