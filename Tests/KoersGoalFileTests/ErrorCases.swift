import KoersCore
import Testing
@testable import KoersGoalFile

/// One wrong goal file and exactly what the user is shown for it.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let shown: String

    init(_ name: String, _ text: String, _ shown: String) {
        self.name = name
        self.text = text
        self.shown = shown
    }

    var testDescription: String { name }
}

/// Every error message of the parser, with its location, the line and the caret, and the hint.
let errorCases: [ErrorCase] = [
    ErrorCase(
        "unknown block header",
        "foo x\n",
        #"""
        f.koers:1:1: error: `foo` does not start a block; expected `goal`, `metric`, `data`, `document`, `programme` or `notation` at the start of a line
            foo x
            ^^^
        """#),
    ErrorCase(
        "field at the left margin",
        "title \"x\"\n",
        #"""
        f.koers:1:1: error: `title` is a field: indent it under the goal, metric or document it belongs to
            title "x"
            ^^^^^
        """#),
    ErrorCase(
        "symbol at the left margin",
        ">= 5\n",
        #"""
        f.koers:1:1: error: expected a block: `goal`, `metric`, `data`, `document`, `programme` or `notation`, found `>=`
            >= 5
            ^^
        """#),
    ErrorCase(
        "indented line outside a block",
        "    title \"a\"\n    owner \"b\"\ngoal g\n    title \"T\"\n",
        #"""
        f.koers:1:5: error: this indented line does not belong to a goal, metric or data block
                title "a"
                ^^^^^
            start a block at the left margin (`goal ID`) above it, or remove the indentation
        """#),
    ErrorCase(
        "goal without id",
        "goal\n",
        #"""
        f.koers:1:5: error: expected an id
            goal
                ^
            an id is letters, digits, `_` and `-`, starting with a letter: `meer-online`
        """#),
    ErrorCase(
        "id with a space",
        "goal meer online\n    title \"T\"\n",
        #"""
        f.koers:1:11: error: unexpected `online`; expected the end of the line
            goal meer online
                      ^^^^^^
        """#),
    ErrorCase(
        "data without path",
        "data\n",
        #"""
        f.koers:1:5: error: expected the data file's path in quotes
            data
                ^
            write the path in quotes: `data "data/digitale-aanvragen.csv"`
        """#),
    ErrorCase(
        "data with unquoted path",
        "data cijfers.csv\n",
        #"""
        f.koers:1:6: error: expected the data file's path in quotes, found `cijfers.csv`
            data cijfers.csv
                 ^^^^^^^^^^^
            write the path in quotes: `data "data/digitale-aanvragen.csv"`
        """#),
    ErrorCase(
        "notation without value",
        "notation\n",
        #"""
        f.koers:1:9: error: expected `nl` or `en`
            notation
                    ^
        """#),
    ErrorCase(
        "notation with unknown value",
        "notation nederlands\n",
        #"""
        f.koers:1:10: error: expected `nl` or `en`, found `nederlands`
            notation nederlands
                     ^^^^^^^^^^
        """#),
    ErrorCase(
        "second notation directive",
        "notation nl\nnotation en\n",
        #"""
        f.koers:2:1: error: the number notation is already given on line 1; a file has one
            notation en
            ^^^^^^^^
        """#),
    ErrorCase(
        "text after the notation",
        "notation nl extra\n",
        #"""
        f.koers:1:13: error: unexpected `extra`; expected the end of the line
            notation nl extra
                        ^^^^^
        """#),
    ErrorCase(
        "misspelled field with suggestion",
        "goal g\n    title \"T\"\n    ownr \"x\"\n",
        #"""
        f.koers:3:5: error: `ownr` is not a field of a goal
                ownr "x"
                ^^^^
            did you mean `owner`?
        """#),
    ErrorCase(
        "unknown field with the list of fields",
        "goal g\n    title \"T\"\n    xyzzy \"x\"\n",
        #"""
        f.koers:3:5: error: `xyzzy` is not a field of a goal
                xyzzy "x"
                ^^^^^
            the fields are: title, source, programme, theme, owner, scope, metric, baseline, target, deadline, pace, reporting, milestone, note, waiver
        """#),
    ErrorCase(
        "metric field in a goal",
        "goal g\n    title \"T\"\n    unit count\n",
        #"""
        f.koers:3:5: error: `unit` is a field of a metric, not of a goal
                unit count
                ^^^^
        """#),
    ErrorCase(
        "goal field in a metric",
        "metric m\n    owner \"x\"\n",
        #"""
        f.koers:2:5: error: `owner` is a field of a goal, not of a metric
                owner "x"
                ^^^^^
        """#),
    ErrorCase(
        "field given twice",
        "goal g\n    title \"T\"\n    title \"U\"\n",
        #"""
        f.koers:3:5: error: `title` appears twice in this goal (first on line 2); keep one
                title "U"
                ^^^^^
        """#),
    ErrorCase(
        "field indented less than the first",
        "goal g\n    title \"T\"\n  owner \"x\"\n",
        #"""
        f.koers:3:1: error: this field is indented differently from the block's first field (line 2)
              owner "x"
            ^^
            indent every field of a block the same way (for example four spaces); only continued text goes deeper
        """#),
    ErrorCase(
        "deeper line that is not text",
        "goal g\n    title \"T\"\n        owner \"x\"\n",
        #"""
        f.koers:3:9: error: a line indented deeper than the fields continues the text above it and holds only text in quotes
                    owner "x"
                    ^^^^^
            indent a new field as far as the fields above it
        """#),
    ErrorCase(
        "text where a field keyword belongs",
        "goal g\n    title \"T\"\n    \"meer\"\n",
        #"""
        f.koers:3:5: error: expected a field name, found "meer"
                "meer"
                ^^^^^^
            text that continues the field above goes on a line indented deeper than the field
        """#),
    ErrorCase(
        "text without closing quote",
        "goal g\n    title \"T\n",
        #"""
        f.koers:2:11: error: this text has no closing quote
                title "T
                      ^
            end the text with `"` on the same line; long text continues on the next line, indented deeper, in its own quotes
        """#),
    ErrorCase(
        "unknown escape",
        "goal g\n    title \"T \\q\"\n",
        #"""
        f.koers:2:14: error: unknown escape `\q` in text
                title "T \q"
                         ^^
            in text, write `\"` for a quote, `\\` for a backslash and `\n` for a line break
        """#),
    ErrorCase(
        "goal without title",
        "goal g\n    owner \"x\"\n",
        #"""
        f.koers:1:6: error: goal `g` has no title; add the policy sentence as `title "…"`
            goal g
                 ^
        """#),
    ErrorCase(
        "empty title",
        "goal g\n    title \"\"\n",
        #"""
        f.koers:2:5: error: the title is empty; write the policy sentence as it stands in the source document
                title ""
                ^^^^^
        """#),
    ErrorCase(
        "unquoted title",
        "goal g\n    title Digitaal waar het kan\n",
        #"""
        f.koers:2:11: error: expected text in quotes, found `Digitaal`
                title Digitaal waar het kan
                      ^^^^^^^^
            text is written in quotes: "Digitaal waar het kan"
        """#),
    ErrorCase(
        "source with comma but no section",
        "goal g\n    title \"T\"\n    source \"doc\",\n",
        #"""
        f.koers:3:18: error: expected the section in quotes
                source "doc",
                             ^
        """#),
    ErrorCase(
        "period that does not exist",
        "goal g\n    title \"T\"\n    baseline 2021-Q5\n",
        #"""
        f.koers:3:14: error: `2021-Q5` is not a period
                baseline 2021-Q5
                         ^^^^^^^
            a period is a year (2020), half-year (2021-H1), quarter (2021-Q3) or month (2021-05)
        """#),
    ErrorCase(
        "provisional period in a baseline",
        "goal g\n    title \"T\"\n    baseline 2020*\n",
        #"""
        f.koers:3:14: error: `2020*`: the `*` marks a provisional figure and belongs only in `value` lines
                baseline 2020*
                         ^^^^^
        """#),
    ErrorCase(
        "milestone without period",
        "goal g\n    title \"T\"\n    milestone >= 5\n",
        #"""
        f.koers:3:15: error: expected a period such as 2020, 2021-H1, 2021-Q3 or 2021-05, found `>=`
                milestone >= 5
                          ^^
        """#),
    ErrorCase(
        "baseline value that is no number",
        "goal g\n    title \"T\"\n    baseline 2020 = veel\n",
        #"""
        f.koers:3:21: error: expected a number, found `veel`
                baseline 2020 = veel
                                ^^^^
            text is written in quotes: "veel"
        """#),
    ErrorCase(
        "ambiguous number",
        "goal g\n    title \"T\"\n    target >= 1.234\n",
        #"""
        f.koers:3:15: error: `1.234` is ambiguous: in Dutch notation it is 1234 (`.` groups thousands), in English notation 1.234 (`.` is the decimal mark)
                target >= 1.234
                          ^^^^^
            add `notation nl` or `notation en` (Dutch: `getalnotatie nl`) at the top of the file to say how it writes numbers, or write `1234` for the whole number
        """#),
    ErrorCase(
        "number in the other notation",
        "notation en\ngoal g\n    title \"T\"\n    target >= 1.234,5\n",
        #"""
        f.koers:4:15: error: `1.234,5` is not in the English notation this file declares; write `1,234.5`
                target >= 1.234,5
                          ^^^^^^^
        """#),
    ErrorCase(
        "a decimal point in a Dutch file",
        "notation nl\nmetric m\n    value 2021 = 1.10\n",
        #"""
        f.koers:3:18: error: `1.10` is not in the Dutch notation this file declares; write `1,1`
                value 2021 = 1.10
                             ^^^^
        """#),
    ErrorCase(
        "a decimal comma in an English file",
        "notation en\ngoal g\n    title \"T\"\n    target >= 7,5%\n",
        #"""
        f.koers:4:15: error: `7,5` is not in the English notation this file declares; write `7.5`
                target >= 7,5%
                          ^^^^
        """#),
    ErrorCase(
        "comparator without value",
        "goal g\n    title \"T\"\n    target >=\n",
        #"""
        f.koers:3:14: error: expected a target value: a number, a percentage, `+10%`, `+3 pp`, yes/no or text in quotes
                target >=
                         ^
        """#),
    ErrorCase(
        "target word without quotes",
        "goal g\n    title \"T\"\n    target goed\n",
        #"""
        f.koers:3:12: error: expected a target value: a number, a percentage, `+10%`, `+3 pp`, yes/no or text in quotes, found `goed`
                target goed
                       ^^^^
            text is written in quotes: "goed"
        """#),
    ErrorCase(
        "strict comparator",
        "goal g\n    title \"T\"\n    target > 5\n",
        #"""
        f.koers:3:12: error: koers has no `>`: a target is reached with `>=` (at least) or `<=` (at most); write `>=`
                target > 5
                       ^
        """#),
    ErrorCase(
        "equals with a number",
        "goal g\n    title \"T\"\n    target = 90%\n",
        #"""
        f.koers:3:12: error: `=` is for yes/no targets (`= yes`); a number is reached with `>=` (at least) or `<=` (at most)
                target = 90%
                       ^
        """#),
    ErrorCase(
        "ordered comparator with yes-no",
        "goal g\n    title \"T\"\n    target >= ja\n",
        #"""
        f.koers:3:12: error: a yes/no target is written with `=`: `= yes` or `= no`
                target >= ja
                       ^^
        """#),
    ErrorCase(
        "plus sign without percent or points",
        "goal g\n    title \"T\"\n    target >= +10\n",
        #"""
        f.koers:3:15: error: `+10` has a plus sign but no `%` or `pp`
                target >= +10
                          ^^^
            write `+10%` for a change relative to the baseline, `+10 pp` for percentage points, `baseline +10` for a change in the metric's own unit, or `10` for the value itself
        """#),
    ErrorCase(
        "percent and points together",
        "goal g\n    title \"T\"\n    target >= +10% pp\n",
        #"""
        f.koers:3:15: error: `+10%` has both `%` and `pp`: write `+10%` for a change relative to the baseline or `+10 pp` for percentage points
                target >= +10% pp
                          ^^^^
        """#),
    ErrorCase(
        "deadline given twice",
        "goal g\n    title \"T\"\n    target >= 5 by 2024\n    deadline 2025\n",
        #"""
        f.koers:4:14: error: the deadline is already given on line 3; a goal has one
                deadline 2025
                         ^^^^
        """#),
    ErrorCase(
        "deadline equal to the baseline",
        "goal g\n    title \"T\"\n    baseline 2020\n    target >= 5 by 2020\n",
        #"""
        f.koers:4:20: error: the deadline 2020 is at or before the baseline period 2020; a goal's deadline comes after its baseline
                target >= 5 by 2020
                               ^^^^
        """#),
    ErrorCase(
        "deadline at the end of the baseline year",
        "goal g\n    title \"T\"\n    baseline 2021\n    deadline 2021-12\n",
        #"""
        f.koers:4:14: error: the deadline 2021-12 is at or before the baseline period 2021; a goal's deadline comes after its baseline
                deadline 2021-12
                         ^^^^^^^
        """#),
    ErrorCase(
        "misspelled unit",
        "metric m\n    unit cuont\n",
        #"""
        f.koers:2:10: error: expected a unit: count, percent, grade, euro, days or yes-no, found `cuont`
                unit cuont
                     ^^^^^
            did you mean `count`?
        """#),
    ErrorCase(
        "unknown unit",
        "metric m\n    unit liters\n",
        #"""
        f.koers:2:10: error: expected a unit: count, percent, grade, euro, days or yes-no, found `liters`
                unit liters
                     ^^^^^^
        """#),
    ErrorCase(
        "a benchmark with a word for its offset",
        "goal g\n    title \"T\"\n    target <= benchmark w_nl +twee\n",
        #"""
        f.koers:3:30: error: expected an offset with its sign after the benchmark series: `+2` or `+5%`, found `+twee`
                target <= benchmark w_nl +twee
                                         ^^^^^
            text is written in quotes: "+twee"
        """#),
    ErrorCase(
        "a benchmark with `=`",
        "goal g\n    title \"T\"\n    target = benchmark w_nl\n",
        #"""
        f.koers:3:12: error: `=` is for yes/no targets (`= yes`); a number is reached with `>=` (at least) or `<=` (at most)
                target = benchmark w_nl
                       ^
        """#),
    ErrorCase(
        "a total with at most",
        "goal g\n    title \"T\"\n    target total <= 2400\n",
        #"""
        f.koers:3:18: error: a total (`total`) takes `>=` and a number: `target total >= 2400 by 2028`
                target total <= 2400
                             ^^
        """#),
    ErrorCase(
        "a change without its sign",
        "goal g\n    title \"T\"\n    target >= baseline 2400\n",
        #"""
        f.koers:3:24: error: expected a change with its sign after `baseline`: `+2400` or `-300`, found `2400`
                target >= baseline 2400
                                   ^^^^
        """#),
    ErrorCase(
        "unknown combine rule",
        "metric m\n    combine total\n",
        #"""
        f.koers:2:13: error: expected a way to combine figures: sum, mean, last or none, found `total`
                combine total
                        ^^^^^
        """#),
    ErrorCase(
        "misspelled frequency",
        "metric m\n    frequency yearli\n",
        #"""
        f.koers:2:15: error: expected a frequency: yearly, half-yearly, quarterly, monthly or two-yearly, found `yearli`
                frequency yearli
                          ^^^^^^
            did you mean `yearly`?
        """#),
    ErrorCase(
        "misspelled formula function",
        "metric m\n    formula ration(a, b)\n",
        #"""
        f.koers:2:13: error: expected a formula: `ratio(A, B)`, `percentage(A, B)` or `sum(A)`, found `ration`
                formula ration(a, b)
                        ^^^^^^
            did you mean `ratio`?
        """#),
    ErrorCase(
        "formula without closing parenthesis",
        "metric m\n    formula ratio(a, b\n",
        #"""
        f.koers:2:23: error: expected `)`
                formula ratio(a, b
                                  ^
        """#),
    ErrorCase(
        "formula without comma",
        "metric m\n    formula ratio(a b)\n",
        #"""
        f.koers:2:21: error: expected `,`, found `b`
                formula ratio(a b)
                                ^
        """#),
    ErrorCase(
        "labels without closing brace",
        "goal g\n    title \"T\"\n    metric m{a=b\n",
        #"""
        f.koers:3:17: error: expected `,` or `}`
                metric m{a=b
                            ^
        """#),
    ErrorCase(
        "label given twice",
        "goal g\n    title \"T\"\n    metric m{a=b,a=c}\n",
        #"""
        f.koers:3:18: error: label `a` is given twice in this series
                metric m{a=b,a=c}
                             ^
        """#),
    ErrorCase(
        "label without equals sign",
        "goal g\n    title \"T\"\n    metric m{a b}\n",
        #"""
        f.koers:3:16: error: expected `=`, found `b`
                metric m{a b}
                           ^
        """#),
    ErrorCase(
        "label without value",
        "goal g\n    title \"T\"\n    metric m{a=}\n",
        #"""
        f.koers:3:16: error: expected a label value, found `}`
                metric m{a=}
                           ^
        """#),
    ErrorCase(
        "value line without equals sign",
        "metric m\n    value 2020 49525\n",
        #"""
        f.koers:2:16: error: expected `=`, found `49525`
                value 2020 49525
                           ^^^^^
        """#),
    ErrorCase(
        "value given twice",
        "metric m\n    value 2020 = 1\n    value 2020 = 2\n",
        #"""
        f.koers:3:18: error: a value for m in 2020 is already given on line 2
                value 2020 = 2
                             ^
        """#),
    ErrorCase(
        "value line without number",
        "metric m\n    value 2020 =\n",
        #"""
        f.koers:2:17: error: expected a number
                value 2020 =
                            ^
        """#),
    ErrorCase(
        "waiver without reason",
        "goal g\n    title \"T\"\n    waiver vague-scope\n",
        #"""
        f.koers:3:23: error: expected the reason for the waiver in quotes
                waiver vague-scope
                                  ^
        """#),
    ErrorCase(
        "waiver without rule code",
        "goal g\n    title \"T\"\n    waiver \"reden\"\n",
        #"""
        f.koers:3:12: error: expected the code of the rule the waiver is for, such as `vague-scope`, found "reden"
                waiver "reden"
                       ^^^^^^^
        """#),
    ErrorCase(
        "waiver for a misspelled rule code",
        "goal g\n    title \"T\"\n    waiver vague-scop \"reden\"\n",
        #"""
        f.koers:3:12: error: `vague-scop` is not the code of a check rule, so this waiver would waive nothing
                waiver vague-scop "reden"
                       ^^^^^^^^^^
            did you mean `vague-scope`?
        """#),
    ErrorCase(
        "waiver for an unknown rule code",
        "goal g\n    title \"T\"\n    waiver everything \"reden\"\n",
        #"""
        f.koers:3:12: error: `everything` is not the code of a check rule, so this waiver would waive nothing
                waiver everything "reden"
                       ^^^^^^^^^^
            the rules are: \#(CheckRule.allCases.map(\.code).joined(separator: ", "))
        """#),
    ErrorCase(
        "import option without value",
        "data \"x.csv\"\n    vorm\n",
        #"""
        f.koers:2:9: error: import option `vorm` has no value
                vorm
                    ^
        """#),
    ErrorCase(
        "import option continued after a word",
        "data \"x.csv\"\n    kolom a\n        \"b\"\n",
        #"""
        f.koers:2:11: error: expected text in quotes, found `a`
                kolom a
                      ^
            a value that continues on the next line is written entirely in quotes
        """#),
    ErrorCase(
        "text after the value",
        "goal g\n    title \"T\"\n    owner \"x\" \"y\" z\n",
        #"""
        f.koers:3:19: error: unexpected `z`; expected the end of the line
                owner "x" "y" z
                              ^
            text is written in quotes: "z"
        """#),
    ErrorCase(
        "baseline without period or value",
        "goal g\n    title \"T\"\n    baseline\n",
        #"""
        f.koers:3:13: error: expected a baseline period, optionally followed by `= VALUE`
                baseline
                        ^
        """#),
    ErrorCase(
        "caret under tabs",
        "goal g\n\ttitle \"T\"\n\ttarget\t>=\t1.234\n",
        #"""
        f.koers:3:12: error: `1.234` is ambiguous: in Dutch notation it is 1234 (`.` groups thousands), in English notation 1.234 (`.` is the decimal mark)
             target >= 1.234
                       ^^^^^
            add `notation nl` or `notation en` (Dutch: `getalnotatie nl`) at the top of the file to say how it writes numbers, or write `1234` for the whole number
        """#),
    ErrorCase(
        "column counts characters not bytes",
        "goal g\n    title \"één\" x\n",
        #"""
        f.koers:2:17: error: unexpected `x`; expected the end of the line
                title "één" x
                            ^
            text is written in quotes: "x"
        """#),
    ErrorCase(
        "metric id that is not an id",
        "goal g\n    title \"T\"\n    metric 5\n",
        #"""
        f.koers:3:12: error: expected a metric id, found `5`
                metric 5
                       ^
            an id is letters, digits, `_` and `-`, starting with a letter: `meer-online`
        """#),
    ErrorCase(
        "by without period",
        "goal g\n    title \"T\"\n    target >= 90% by\n",
        #"""
        f.koers:3:21: error: expected a period such as 2020, 2021-H1, 2021-Q3 or 2021-05
                target >= 90% by
                                ^
        """#),
    ErrorCase(
        "period after by that does not exist",
        "goal g\n    title \"T\"\n    target = \"goed\" uiterlijk 2024-Q5\n",
        #"""
        f.koers:3:31: error: `2024-Q5` is not a period
                target = "goed" uiterlijk 2024-Q5
                                          ^^^^^^^
            a period is a year (2020), half-year (2021-H1), quarter (2021-Q3) or month (2021-05)
        """#),
]
