/// A value type that constraints can apply to.
public protocol ConstrainedValue {
    /// Records an issue when the value breaks `constraint`; constraints of another kind do not apply.
    func check(_ constraint: Constraint, issues: inout ValidationIssues)
}

extension ValidationIssues {
    /// Checks a member's value against a constraint, recording issues under the member's key.
    public mutating func check<T: ConstrainedValue>(_ value: T, _ constraint: Constraint, at key: String) {
        var nested = ValidationIssues()
        value.check(constraint, issues: &nested)
        if !nested.isEmpty { absorb(nested, under: key) }
    }
}

extension String: ConstrainedValue {
    /// Checks length (in Unicode code points, as JSON Schema counts) and pattern constraints.
    public func check(_ constraint: Constraint, issues: inout ValidationIssues) {
        switch constraint.rule {
        case .length(let min, let max):
            let count = unicodeScalars.count
            if let min, count < min {
                issues.record("too_short", "must have at least \(min) character\(min == 1 ? "" : "s")")
            } else if let max, count > max {
                issues.record("too_long", "must have at most \(max) character\(max == 1 ? "" : "s")")
            }
        case .pattern(let expression):
            if !PatternCache.shared.matches(self, expression) {
                issues.record("pattern", "must match the pattern \(expression)")
            }
        default:
            return
        }
    }
}

extension Array: ConstrainedValue {
    /// Checks element-count constraints.
    public func check(_ constraint: Constraint, issues: inout ValidationIssues) {
        guard case .items(let min, let max) = constraint.rule else { return }
        if let min, count < min {
            issues.record("too_few_items", "must have at least \(min) item\(min == 1 ? "" : "s")")
        } else if let max, count > max {
            issues.record("too_many_items", "must have at most \(max) item\(max == 1 ? "" : "s")")
        }
    }
}

/// Range checks shared by every integer type.
extension ConstrainedValue where Self: BinaryInteger {
    /// Checks range constraints.
    public func check(_ constraint: Constraint, issues: inout ValidationIssues) {
        switch constraint.rule {
        case .integerRange(let min, let max, let exclusive):
            let value = Int64(clamping: self)
            if let min, value < min {
                issues.record("out_of_range", "must be at least \(min)")
            } else if let max, exclusive ? value >= max : value > max {
                issues.record("out_of_range", exclusive ? "must be less than \(max)" : "must be at most \(max)")
            }
        case .numberRange:
            Double(self).check(constraint, issues: &issues)
        default:
            return
        }
    }
}

extension Int: ConstrainedValue {}
extension Int32: ConstrainedValue {}
extension Int64: ConstrainedValue {}

extension Double: ConstrainedValue {
    /// Checks range constraints.
    public func check(_ constraint: Constraint, issues: inout ValidationIssues) {
        let bounds: (Double?, Double?, Bool)
        switch constraint.rule {
        case .numberRange(let min, let max, let exclusive): bounds = (min, max, exclusive)
        case .integerRange(let min, let max, let exclusive): bounds = (min.map(Double.init), max.map(Double.init), exclusive)
        default: return
        }
        if let min = bounds.0, self < min {
            issues.record("out_of_range", "must be at least \(min)")
        } else if let max = bounds.1, bounds.2 ? self >= max : self > max {
            issues.record("out_of_range", bounds.2 ? "must be less than \(max)" : "must be at most \(max)")
        }
    }
}

extension Float: ConstrainedValue {
    /// Checks range constraints.
    public func check(_ constraint: Constraint, issues: inout ValidationIssues) {
        Double(self).check(constraint, issues: &issues)
    }
}

extension ConstrainedValue {
    /// Values without constraint kinds of their own accept every constraint; start-up rejects misplaced ones.
    public func check(_ constraint: Constraint, issues: inout ValidationIssues) {}
}
