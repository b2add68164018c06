import Foundation
import NIOCore

/// An encoded response that holds a search id at known places (its `searchId` and each result
/// URL's `sid`), so that one cached body serves every request with the request's own id.
/// The id written when encoding is random (22 base64url characters), so it matches nothing else.
struct SearchIDTemplate: Sendable {
    let bytes: [UInt8]
    /// Where the id starts in `bytes`.
    let offsets: [Int]

    init(_ body: ByteBuffer, id: SearchID) {
        bytes = Array(body.readableBytesView)
        let needle = Array(id.rawValue.utf8)
        var offsets: [Int] = []
        bytes.withUnsafeBufferPointer { all in
            needle.withUnsafeBufferPointer { key in
                guard let base = all.baseAddress, let keyBase = key.baseAddress, let first = key.first else { return }
                // memchr finds each candidate's first byte; left to right, the id's places never overlap.
                var index = 0
                while index + key.count <= all.count,
                      let found = memchr(base + index, Int32(first), all.count - index - key.count + 1) {
                    let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    if memcmp(base + offset, keyBase, key.count) == 0 {
                        offsets.append(offset)
                        index = offset + key.count
                    } else {
                        index = offset + 1
                    }
                }
            }
        }
        self.offsets = offsets
    }

    /// The body with `id` in every place of the template's id.
    func filled(with id: SearchID) -> ByteBuffer {
        var filled = ByteBufferAllocator().buffer(capacity: bytes.count)
        var start = 0
        for offset in offsets {
            filled.writeBytes(bytes[start..<offset])
            start = offset + filled.writeString(id.rawValue)
        }
        filled.writeBytes(bytes[start...])
        return filled
    }
}
