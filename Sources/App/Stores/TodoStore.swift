import Foundation
import Warrant

/// Where todos live. Every operation is scoped by a proof: a member's proof reaches only that member's
/// rows; listing everyone's demands an admin's.
protocol TodoStore: Sendable {
    /// Creates a todo owned by the proof's subject; it starts at revision 1.
    func create(_ todo: NewTodo, for proof: Proof<Member>) async throws -> Revised<Todo>
    /// The subject's todos, by id.
    func list(for proof: Proof<Member>, limit: Int, offset: Int) async throws -> [Todo]
    /// The subject's todo with this id and its revision, or `nil` (also when it belongs to someone else).
    func find(_ id: Int64, for proof: Proof<Member>) async throws -> Revised<Todo>?
    /// Applies `patch` to the subject's todo if its revision is one of `revisions` (`nil`: any), in one
    /// atomic step; the revision goes up when the todo changes.
    func update(_ id: Int64, with patch: TodoPatch, ifRevision revisions: [Int64]?, for proof: Proof<Member>) async throws -> GuardedWrite<Revised<Todo>>
    /// Deletes the subject's todo if its revision is one of `revisions` (`nil`: any), in one atomic step.
    func delete(_ id: Int64, ifRevision revisions: [Int64]?, for proof: Proof<Member>) async throws -> GuardedWrite<Void>
    /// Attaches `content` to the subject's todo, replacing its attachment; `nil` when there is no such todo of theirs.
    func attach(_ attachment: TodoAttachment, content: Data, to id: Int64, for proof: Proof<Member>) async throws -> TodoAttachment?
    /// Removes the attachment of the subject's todo; `false` when the todo is not theirs or has none.
    func detach(from id: Int64, for proof: Proof<Member>) async throws -> Bool
    /// Every owner's todos from the page's position, by id: at most `page.fetchLimit`, in the position's
    /// order (descending for `.before`), for ``Page`` to cut and link.
    func all(by proof: Proof<Admin>, page: PageRequest) async throws -> [OwnedTodo]
}
