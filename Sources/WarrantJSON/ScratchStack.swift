/// A growable stack in manually managed memory: the parser's scratch space.
///
/// Unlike `Array`, values move in and out (no retain/release pairs per
/// element, no copy-on-write checks), and a run of top elements can be moved
/// into an exact-size `Array` in one step. Noncopyable, so its memory has
/// exactly one owner and is freed (with any remaining elements) in `deinit`,
/// including when parsing stops with an error.
///
/// It can start in memory the caller lends (typically temporary stack
/// memory), so small documents need no heap allocation for scratch space; it
/// moves to the heap only when that fills up.
///
/// Indexing is unchecked in release builds; the parser only uses indexes it
/// has derived from `count`.
struct ScratchStack<Element>: ~Copyable {
    /// Element memory: lent by the caller, allocated here (`ownsStorage`), or
    /// while `capacity` is 0 a never-dereferenced placeholder.
    private var storage: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// Capacity of the first heap allocation when there is no lent memory.
    private let firstAllocationCapacity: Int
    /// Whether `storage` was allocated here (as opposed to lent or placeholder).
    private var ownsStorage: Bool
    /// Number of elements on the stack.
    private(set) var count = 0

    /// Creates an empty stack that starts in `space`, uninitialized memory
    /// that must outlive the stack. The stack deinitializes what it put there
    /// but never frees it. An empty `space` means "allocate on first push".
    init(startingIn space: UnsafeMutableBufferPointer<Element>) {
        firstAllocationCapacity = max(space.count, 16)
        ownsStorage = false
        if let base = space.baseAddress, space.count > 0 {
            storage = base
            capacity = space.count
        } else if let placeholder = UnsafeMutablePointer<Element>(bitPattern: MemoryLayout<Element>.alignment) {
            storage = placeholder
            capacity = 0
        } else {
            storage = UnsafeMutablePointer<Element>.allocate(capacity: firstAllocationCapacity)
            capacity = firstAllocationCapacity
            ownsStorage = true
        }
    }

    deinit {
        if count > 0 {
            storage.deinitialize(count: count)
        }
        if ownsStorage {
            storage.deallocate()
        }
    }

    /// Moves `element` onto the top.
    @inline(__always)
    mutating func push(_ element: consuming Element) {
        if count == capacity {
            grow()
        }
        (storage + count).initialize(to: element)
        count += 1
    }

    /// Moves the top element out. The stack must not be empty.
    @inline(__always)
    mutating func popLast() -> Element {
        assert(count > 0, "popLast on an empty ScratchStack")
        count -= 1
        return (storage + count).move()
    }

    /// Moves the elements from `start` to the top into a new array of exactly
    /// that size, leaving `start` elements on the stack.
    mutating func popArray(from start: Int) -> [Element] {
        assert(start >= 0 && start <= count, "popArray start out of range")
        let moved = count - start
        guard moved > 0 else { return [] }
        let source = storage + start
        count = start
        // A buffer of nonzero capacity always has a base address.
        return Array(unsafeUninitializedCapacity: moved) { target, initialized in
            if let base = target.baseAddress {
                base.moveInitialize(from: source, count: moved)
                initialized = moved
            }
        }
    }

    /// The element at `index`, which must be below `count`.
    subscript(index: Int) -> Element {
        unsafeAddress {
            assert(index >= 0 && index < count, "ScratchStack index out of range")
            return UnsafePointer(storage + index)
        }
        unsafeMutableAddress {
            assert(index >= 0 && index < count, "ScratchStack index out of range")
            return storage + index
        }
    }

    private mutating func grow() {
        let newCapacity = capacity == 0 ? firstAllocationCapacity : capacity * 2
        let newStorage = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        if count > 0 {
            newStorage.moveInitialize(from: storage, count: count)
        }
        if ownsStorage {
            storage.deallocate()
        }
        ownsStorage = true
        storage = newStorage
        capacity = newCapacity
    }
}
