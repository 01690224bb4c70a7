import Foundation
import Testing
import WarrantCrypto

/// Constant-time equality: correct answers for every shape of input.
@Suite("constant-time equality")
struct ConstantTimeTests {
    @Test("equal bytes are equal, across collection types")
    func equal() {
        let bytes: [UInt8] = Array(0..<200)
        #expect(ConstantTime.equals(bytes, bytes))
        #expect(ConstantTime.equals(bytes, Data(bytes)))
        #expect(ConstantTime.equals(bytes[10..<20], Array(10..<20) as [UInt8]))
        #expect(ConstantTime.equals("token".utf8, utf8("token")))
        #expect(ConstantTime.equals([UInt8](), [UInt8]()))
        #expect(ConstantTime.equals(bytes.lazy.map { $0 }, bytes))
    }

    @Test("a difference in any single byte or bit is found")
    func differences() {
        let bytes: [UInt8] = Array(repeating: 0xA5, count: 64)
        for index in bytes.indices {
            for bit in 0..<8 {
                var other = bytes
                other[index] ^= 1 << bit
                #expect(!ConstantTime.equals(bytes, other))
            }
        }
    }

    @Test("different lengths are unequal, even when one is a prefix of the other")
    func lengths() {
        #expect(!ConstantTime.equals([1, 2, 3] as [UInt8], [1, 2] as [UInt8]))
        #expect(!ConstantTime.equals([] as [UInt8], [0] as [UInt8]))
        #expect(!ConstantTime.equals([0] as [UInt8], [] as [UInt8]))
    }
}
