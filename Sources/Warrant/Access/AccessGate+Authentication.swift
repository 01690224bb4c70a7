import HTTPTypes
import Tracing

extension AccessGate {
    /// Where authenticating a request stands once its credential is found, before any waiting.
    enum Authentication {
        /// Decided from memory: the caller's identity.
        case decided(Identity)
        /// The verifier must check the credential asynchronously (it may fetch keys or look one up).
        case pending(any CredentialVerifier, Substring)
    }

    /// The identity the request's one credential proves, or a 401 (or 503) problem.
    func authenticate(_ headers: HTTPFields) async throws(Problem) -> Identity {
        switch try authenticateWithoutWaiting(headers) {
        case .decided(let identity): return identity
        case .pending(let verifier, let credential): return try await authenticate(credential, with: verifier)
        }
    }

    /// Finds the request's one credential and its verifier, and decides it there when the verifier can check
    /// it without waiting and no span is recorded; otherwise says which verifier must check it.
    ///
    /// The lift of every protected request starts here: a verifier that answers from memory (Warrant's own
    /// tokens) then costs no asynchronous call.
    func authenticateWithoutWaiting(_ headers: HTTPFields) throws(Problem) -> Authentication {
        var found: (header: HTTPField.Name, value: String)?
        for header in credentialHeaders where headers.contains(header) {
            guard found == nil else { throw AccessProblems.ambiguous }
            guard let value = headers.soleValue(header) else { throw AccessProblems.invalid }
            found = (header, value)
        }
        guard let found else { throw AccessProblems.missing }
        let credential: Substring
        if found.header == .authorization {
            guard let token = BearerToken.parse(found.value) else { throw AccessProblems.invalid }
            credential = token
        } else {
            credential = Substring(found.value)
        }
        for verifier in verifiers {
            let scheme = verifier.scheme
            guard scheme.header == found.header, verifier.recognizes(credential) else { continue }
            guard !operations.tracing, let check = verifier.checkWithoutWaiting(credential) else {
                return .pending(verifier, credential)
            }
            return .decided(try identity(from: check, scheme: scheme))
        }
        if operations.metrics { CredentialMetrics.refused(scheme: "none", reason: .malformed) }
        throw AccessProblems.invalid
    }

    /// The verifier's asynchronous check of `credential`, in a span when traces are on.
    func authenticate(_ credential: Substring, with verifier: any CredentialVerifier) async throws(Problem) -> Identity {
        let check = operations.tracing ? await traced(verifier, credential) : await verifier.verify(credential)
        return try identity(from: check, scheme: verifier.scheme)
    }

    /// The identity a check proves, or the problem its refusal is, counted in the metrics when they are on.
    private func identity(from check: CredentialCheck, scheme: CredentialScheme) throws(Problem) -> Identity {
        switch check {
        case .verified(let verified):
            let identity = Identity(verified, scheme: scheme)
            // A task-local read: only when the access log reports the subject.
            if operations.accessLog && operations.accessLogSubject { AccessRecord.current?.subject = identity.subject }
            return identity
        case .refused(let reason):
            if operations.metrics { CredentialMetrics.refused(scheme: scheme.name, reason: reason) }
            throw AccessProblems.invalid
        case .unavailable(let seconds):
            if operations.metrics { CredentialMetrics.unavailable(scheme: scheme.name) }
            throw AccessProblems.unavailable(retryAfterSeconds: seconds)
        }
    }

    /// The check in a span of its own, `verify credential`, with the scheme and the outcome (never the credential).
    private func traced(_ verifier: any CredentialVerifier, _ credential: Substring) async -> CredentialCheck {
        await withSpan("verify credential", ofKind: .internal) { span in
            span.attributes["warrant.credential.scheme"] = verifier.scheme.name
            let check = await verifier.verify(credential)
            switch check {
            case .verified: span.attributes["warrant.credential.outcome"] = "verified"
            case .refused(let reason): span.attributes["warrant.credential.outcome"] = "refused: \(reason.rawValue)"
            case .unavailable: span.attributes["warrant.credential.outcome"] = "unavailable"
            }
            return check
        }
    }
}
