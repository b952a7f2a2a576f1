import KoersCore

// The notation decision: after the record pass, the file's number notation is the declared
// one, else the one its own figures prove. A rule on counts alone, tested without bytes.

extension TableInterpreter {
    /// What the file's number notation is, and what that makes of the figures that disagree.
    enum NotationDecision: Equatable {
        /// Declared, or proven by the file's figures and contradicted by none.
        case decided(NumberNotation)
        /// Not declared, and figures prove both: the file is refused.
        case mixed
        /// Not declared, and no figure proves either.
        case undecided

        /// The declared notation wins; without one, a notation only the file's figures prove.
        init(declared: NumberNotation?, dutchProofs: Int, englishProofs: Int) {
            if let declared {
                self = .decided(declared)
            } else if dutchProofs > 0, englishProofs > 0 {
                self = .mixed
            } else if dutchProofs > 0 {
                self = .decided(.dutch)
            } else if englishProofs > 0 {
                self = .decided(.english)
            } else {
                self = .undecided
            }
        }

        /// The notation the file is read in, if any.
        var notation: NumberNotation? {
            if case let .decided(notation) = self { notation } else { nil }
        }

        /// The notation whose proving figures are errors: the other one, once decided.
        var contrary: NumberNotation? {
            notation.map { $0 == .dutch ? .english : .dutch }
        }

        /// Whether a figure that reads differently in the two notations (`49.525`) is an
        /// error: when no notation decides it.
        var ambiguousFiguresAreErrors: Bool { notation == nil }
    }

    /// How many figures prove each notation, with the first few as examples for messages.
    struct NotationEvidence {
        var dutch: (count: Int, examples: [Example]) = (0, [])
        var english: (count: Int, examples: [Example]) = (0, [])

        func proofs(of notation: NumberNotation) -> (count: Int, examples: [Example]) {
            notation == .dutch ? dutch : english
        }

        /// Adds the evidence of a later part of a split text.
        mutating func append(_ later: NotationEvidence) {
            func add(_ entry: inout (count: Int, examples: [Example]), _ more: (count: Int, examples: [Example])) {
                entry.count += more.count
                for example in more.examples where entry.examples.count < ImportFailure.errorLimit { entry.examples.append(example) }
            }
            add(&dutch, later.dutch)
            add(&english, later.english)
        }

        mutating func moveLines(by offset: Int) {
            for index in dutch.examples.indices { dutch.examples[index].line += offset }
            for index in english.examples.indices { english.examples[index].line += offset }
        }
    }
}
