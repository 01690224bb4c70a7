/// One open array or object on the parser's explicit stack.
///
/// Children of all open containers accumulate in two shared scratch stacks;
/// a frame remembers where its container's children start so that closing it
/// moves exactly those children out. Frames are plain values, so the frame
/// stack itself can live in temporary (stack) memory sized by the depth limit.
struct ContainerFrame {
    /// Object (children are members) or array (children are elements).
    let isObject: Bool
    /// Index of this container's first child in the matching scratch stack.
    let firstChild: Int
}
