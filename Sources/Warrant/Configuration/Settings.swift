public import Configuration
import Foundation
import SystemPackage

/// The process's configuration: environment variables over `Config/<APP_ENV>.json`.
///
/// Keys are dotted and camel-cased (`database.poolSize`); the environment variable for a key is its
/// upper-snake form (`DATABASE_POOL_SIZE`). A value that is present but malformed is an error, never
/// silently replaced by a default, so a typo fails at start-up with the key's name.
public struct Settings: Sendable {
    /// The environment chosen by `APP_ENV` (default `development`).
    public let environment: AppEnvironment
    /// The underlying reader, for an application's own keys.
    public let reader: ConfigReader

    /// Reads `APP_ENV`, then layers the environment variables over `<directory>/<environment>.json`.
    ///
    /// - Parameters:
    ///   - variables: The environment (the process's by default).
    ///   - directory: The configuration folder; `CONFIG_DIRECTORY`, else `Config` in the working directory.
    public static func load(
        variables: [String: String] = ProcessInfo.processInfo.environment,
        directory: String? = nil
    ) async throws -> Settings {
        let name = variables["APP_ENV"] ?? AppEnvironment.development.rawValue
        guard let environment = AppEnvironment(rawValue: name) else {
            throw SettingsError(key: "APP_ENV", problem: "is '\(name)'; use development, test or production")
        }
        let folder = directory ?? variables["CONFIG_DIRECTORY"] ?? "Config"
        let path = folder + "/" + environment.rawValue + ".json"
        guard FileManager.default.fileExists(atPath: path) else {
            throw SettingsError(key: "APP_ENV", problem: "selects \(path), which does not exist (set CONFIG_DIRECTORY to the Config folder)")
        }
        let file = try await FileProvider<JSONSnapshot>(filePath: FilePath(path))
        let secrets = ["AUTH_SECRET_KEY", "DATABASE_URL", "DATABASE_PASSWORD"]
        let environmentProvider = EnvironmentVariablesProvider(environmentVariables: variables, secretsSpecifier: .specific(Set(secrets)))
        return Settings(environment: environment, reader: ConfigReader(providers: [environmentProvider, file]))
    }

    /// Settings from explicit values only (tests and tools).
    public init(environment: AppEnvironment, reader: ConfigReader) {
        self.environment = environment
        self.reader = reader
    }

    /// A string value, or `nil` when absent.
    public func string(_ key: ConfigKey, secret: Bool = false) -> String? {
        reader.string(forKey: key, isSecret: secret)
    }

    /// An integer value, `defaultValue` when absent; an error when present but not an integer.
    public func int(_ key: ConfigKey, default defaultValue: Int) throws -> Int {
        if let value = reader.int(forKey: key) { return value }
        if let text = reader.string(forKey: key) { throw SettingsError(key: key.description, problem: "is '\(text)', not an integer") }
        return defaultValue
    }

    /// A boolean value, `defaultValue` when absent; an error when present but not `true`/`false`.
    public func bool(_ key: ConfigKey, default defaultValue: Bool) throws -> Bool {
        if let value = reader.bool(forKey: key) { return value }
        if let text = reader.string(forKey: key) { throw SettingsError(key: key.description, problem: "is '\(text)', not true or false") }
        return defaultValue
    }

    /// A list of strings (comma-separated in the environment), empty when absent.
    public func strings(_ key: ConfigKey, secret: Bool = false) -> [String] {
        let values = reader.stringArray(forKey: key, isSecret: secret) ?? reader.string(forKey: key, isSecret: secret).map { [$0] } ?? []
        return values.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// A configuration value that is missing or malformed; the message names the key and what to fix.
public struct SettingsError: Error, CustomStringConvertible {
    /// The key (or environment variable) at fault.
    public let key: String
    /// What is wrong with it.
    public let problem: String

    /// An error about `key`.
    public init(key: String, problem: String) {
        self.key = key
        self.problem = problem
    }

    /// "configuration: PORT is …".
    public var description: String { "configuration: \(key) \(problem)" }
}
