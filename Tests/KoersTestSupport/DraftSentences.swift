/// Pieces of Dutch and English policy sentences, put together at random by the `draft`
/// property tests: numbers in both notations, comparator and change words, years and ranges,
/// vague words, and punctuation.
public enum DraftSentences {
    public static let fragments = [
        "minimaal", "ten minste", "maximaal", "at least", "at most", "90%", "10%", "6,4", "6.8", "49.525", "1.200", "in", "2026",
        "2020", "1990", "dan", "than", "van", "from", "naar", "to", "uiterlijk", "eind", "by", "meer", "minder", "more", "t.o.v.",
        "compared with", "procent", "procentpunt", "percentage points", "waar dit kan en mag", "goed", "verhogen", "met", "reduce",
        "20 miljoen", "7,5", "of hoger", "−5%", "+3", "(", ")", "“", "”", "dagen", "days", "€", "€ 500", "-", "2021-2026", "producten",
        "de", "het", "of", "the", "zo snel mogelijk", "het landelijk gemiddelde", "the national average", "het gemiddelde van de G40",
        "boven", "onder", "at or above", "ten hoogste", "2 punten", "neemt", "af", "toe", "stijgt", "een kwart", "dit jaar",
        "volgend jaar", "de komende", "vier jaar", "over the next", "three years",
    ]
}
