/// Where todos live.
protocol TodoStore: Sendable {
    func create(_ todo: NewTodo, owner: String) async -> Todo
    func list(owner: String, limit: Int, offset: Int) async -> [Todo]
    func find(_ id: Int64, owner: String) async -> Todo?
}
