import HummingbirdCore
import Logging

/// At most `maximum` connections at once: beyond, the server stops accepting (new connections wait in the
/// kernel's backlog) and logs it once, with a second line when it accepts again.
struct ConnectionCap: AvailableConnectionsDelegate {
    let maximum: Int
    let logger: Logger
    private var open = 0
    private var saturated = false

    init(maximum: Int, logger: Logger) {
        self.maximum = maximum
        self.logger = logger
    }

    mutating func connectionOpened() {
        open += 1
        if open >= maximum, !saturated {
            saturated = true
            logger.warning("connection limit reached: new connections wait until one closes; raise LIMITS_MAX_CONNECTIONS if this is expected load", metadata: [
                "open_connections": "\(open)", "limit": "\(maximum)",
            ])
        }
    }

    mutating func connectionClosed() {
        open -= 1
        if saturated, open < maximum {
            saturated = false
            logger.info("connection limit no longer reached: accepting again", metadata: ["open_connections": "\(open)"])
        }
    }

    func isAcceptingNewConnections() -> Bool {
        open < maximum
    }
}
