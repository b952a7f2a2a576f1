import Testing
@testable import KoersCore

/// Constructions the held-out sentences showed the reader missing, each in sentences written
/// for the test (not the held-out sentences themselves), so the rule is checked rather than
/// one sentence: what is read as target, deadline and baseline.
@Suite("Reading constructions found missing on held-out sentences")
struct ReadingConstructionTests {
    typealias Example = ReadingIssueExamplesTests.Example

    static let examples: [Example] = [
        // A four-digit count after a comparator is a count, not a year.
        Example("Jaarlijks worden minimaal 2000 woningen opgeleverd.", target: ">= 2000"),
        Example("Tot 2030 bouwen we per jaar minstens 1500 nieuwe woningen.", target: ">= 1500", deadline: "2030"),
        Example("The council will plant at least 2500 trees by 2027.", target: ">= 2500", deadline: "2027"),
        // A target lead before a percentage of change: the size of the change, not a level.
        Example("Our target is a 45% reduction in carbon emissions by 2030.", target: "<= -45%", deadline: "2030"),
        Example("Het doel is 20% reductie van het restafval in 2026.", target: "<= -20%", deadline: "2026"),
        // The noun of change before "van"/"of" and a bound: the bound turns with a fall.
        Example("Wij streven naar een reductie van minimaal 40% in 2030 ten opzichte van 2015.", target: "<= -40%", deadline: "2030",
                baseline: "2015", complete: true),
        Example("The plan sets an increase of at least 10% in cycling trips by 2028.", target: ">= +10%", deadline: "2028"),
        // A share whose participle of change closes the clause.
        Example("In 2027 wil de gemeente 15% van het energieverbruik bespaard hebben.", target: "<= -15%", deadline: "2027"),
        // Not at the clause's end: a share (the comparator is the sentence's word of change).
        Example("In 2030 is 40% van de woningen lager dan label C.", target: "<= 40%", deadline: "2030"),
        // A word of change in a relative clause after a comma gives the target no comparator.
        Example("Tegen 2035 bouwen we 5.000 woningen, wat betekent dat er meer verkeer komt.", target: "5000", deadline: "2035"),
        Example("By 2030 the city plants 20,000 trees, which will make streets cooler.", target: "20000", deadline: "2030"),
        Example("Tegen 2035 stijgt het aantal woningen naar 5.000, wat betekent dat er meer verkeer komt.", target: ">= 5000",
                deadline: "2035"),
        // Fractions in digits are shares of a whole; "24/7" and a date are not fractions.
        Example("Wij streven naar 2/3 sociale huur in de nieuwbouw.", target: "66.6666666667%"),
        Example("In 2030 is 1/4 van de daken voorzien van zonnepanelen.", target: "25%", deadline: "2030"),
        Example("Het loket is 24/7 bereikbaar voor 95% van de inwoners.", target: "95%"),
        // A number that counts the partners or the population is no target, unless it is the only one.
        Example("Samen met 18 gemeenten bouwt de regio tot 2030 circa 40.000 woningen.", target: "40000", deadline: "2030"),
        Example("In 12 wijken planten we voor 2028 in totaal 3.000 bomen.", target: "3000", deadline: "2028"),
        Example("Twelve councils and 4 partners will deliver 900 homes by 2029.", target: "900", deadline: "2029"),
        Example("Scholen met meer dan 500 leerlingen hebben in 2027 een schoolplein van minimaal 40% groen.", target: ">= 40%",
                deadline: "2027"),
        Example("Require buildings over 50,000 square feet to cut energy use 30% by 2032.", target: "<= -30%", deadline: "2032"),
        Example("Gebouwen boven 1.000 vierkante meter zijn in 2030 voor 90% aardgasvrij.", target: "90%", deadline: "2030"),
        // ... but a comparator before the count makes it the target, and the only number stays one.
        Example("In 2027 doen minimaal 20 scholen mee aan de gezonde kantine.", target: ">= 20", deadline: "2027"),
        Example("By 2026 at least 15 schools take part in the cycling programme.", target: ">= 15", deadline: "2026"),
        Example("Wij groeien naar 80.000 inwoners in 2040.", target: ">= 80000", deadline: "2040"),
        // Two goals in one sentence, the first's deadline before its target: past "en" the second begins.
        Example("Voor 2025 wil de gemeente 40% minder restafval en in 2040 is de stad afvalvrij.", target: "<= -40%", deadline: "2025"),
        Example("By 2028 we plant 5,000 trees and in 2040 the canopy covers the city.", target: "5000", deadline: "2028"),
        Example("In 2030 is 40% van de woningen aardgasvrij en in 2050 alle woningen.", target: "40%", deadline: "2030"),
        // One goal whose deadline follows its target, before "en": the nearest after stays.
        Example("We verlagen de uitstoot met 35% in 2030 en met 60% in 2040.", target: "<= -35%", deadline: "2030"),
        // A cell that gives a year and its value.
        Example("Aandeel duurzame energie 4% 5% 2030: 20%", target: "20%", deadline: "2030"),
        Example("Recycling rate 41 43 2028: 55", target: "55", deadline: "2028"),
        // Found missing on the development sentences (dev.tsv), again in sentences written for the test.
        // A word and a number before a colon label what follows: the number is a list number.
        Example("Goal 3: Plant 4,000 street trees by 2029", target: "4000", deadline: "2029"),
        Example("Ambitie 2: In 2030 wekt de gemeente 35% van haar stroom zelf op.", target: "35%", deadline: "2030"),
        // A word of change between a target lead and its percentage: the size of a change.
        Example("The city adopted the goal of cutting landfill waste by 60 percent by 2035.", target: "<= -60%", deadline: "2035"),
        Example("Target 4: Reduce water use per household 15% by 2030", target: "<= -15%", deadline: "2030"),
        Example("Het doel is het aantal ritten te verhogen naar 70% in 2028.", target: ">= 70%", deadline: "2028"),
        // A ";" inside brackets ends no sentence: the verb before the aside still speaks.
        Example("The strategy aims to lower citywide emissions (12.4 million tonnes in 2019; all sectors) by at least 50% by 2035.",
                target: "<= -50%", deadline: "2035"),
        // An apposition after the number's clause does not set the direction.
        Example("Cut municipal energy use 25 percent by 2028, a more ambitious aim than the state's.", target: "<= -25%", deadline: "2028"),
        // An imperative that opens the sentence governs the percentage further on.
        Example("Reduce total citywide residential natural gas consumption 20 percent by 2030", target: "<= -20%", deadline: "2030"),
        // "X percent below YEAR": a change from that year, not a ceiling of the year's value.
        Example("The county commits to 40 percent below 2010 by 2030 and to net zero by 2050.", target: "<= -40%", deadline: "2030",
                baseline: "2010", complete: true),
        Example("We will bring emissions to 30 percent below 2008 levels by 2027 and 70 percent by 2045.", target: "<= -30%",
                deadline: "2027", baseline: "2008", complete: true),
        // "for the year 2026" is a deadline.
        Example("A reduction of 45% for the year 2027 is the next step.", target: "<= -45%", deadline: "2027"),
        // "binnen twee jaar", "within three years": counted from the document's year.
        Example("Binnen twee jaar wordt het aantal laadpalen verdubbeld.", target: ">= +100%", deadline: "2025", year: 2023),
        Example("Within three years 80% of streetlights are LED.", target: "80%", deadline: "2027", year: 2024),
        // "een minimum van" is a floor, "verruimen tot" a rise to a level.
        Example("Per project vinden we een minimum van 30 procent sociale huur passend.", target: ">= 30%"),
        Example("Het college verruimt de regeling tot 120 procent van het sociaal minimum.", target: ">= 120%"),
        // A year before a goal noun names the goal's end.
        Example("The plan brings us closer to the city's 2040 goal of a 90 percent reduction in landfill waste.", target: "<= -90%",
                deadline: "2040"),
        // A label's number before a colon, also when a number follows it.
        Example("Goal 2: 3 million visitors a year by 2030", target: "3000000", deadline: "2030"),
        // A period of measurement ("afgelopen 12 maanden", "the past 12 months") is a condition.
        Example("Minimaal 60% van de inwoners heeft de afgelopen 12 maanden gesport.", target: ">= 60%"),
        // Ages that define the population: the end of a range after "aged", and a range in brackets.
        Example("Percentage of residents aged 16-64 in work 75% by 2028", target: "75%", deadline: "2028"),
        Example("Share of young people (16 to 24 years) in education or work at least 90%", target: ">= 90%"),
        // A measurement with its year in brackets is the baseline.
        Example("Tevredenheid over de buurt 7,1 (2019) minimaal 7,3 in 2024", target: ">= 7.3", deadline: "2024", baseline: "2019",
                baselineValue: 7.1, complete: true),
        // Found missing on the second held-out set (heldout-2.tsv), again in sentences written for the test.
        // A compound noun whose last part names the change: the size of a change, not a level.
        Example("In 2030 realiseert de gemeente 40% energiebesparing in haar eigen gebouwen.", target: "<= -40%", deadline: "2030"),
        Example("25 % afvalreductie in 2028", target: "<= -25%", deadline: "2028"),
        Example("Het doel is 10% omzetgroei in de binnenstad in 2027.", target: ">= +10%", deadline: "2027"),
        // A hedge between "by"/"met" and the number.
        Example("The council aims to cut landfill waste by about 60 percent by 2035.", target: "<= -60%", deadline: "2035"),
        Example("We willen in 2028 het energieverbruik met ongeveer 30% verminderen.", target: "<= -30%", deadline: "2028"),
        // "to X percent below YEAR levels" with the verb far before it: a change from that year.
        Example("The city will work to reduce community-wide emissions from buildings to 60 percent below 2005 levels by 2040.",
                target: "<= -60%", deadline: "2040", baseline: "2005", complete: true),
        // A rank: "in de top 5" is at most fifth.
        Example("Utrecht staat in 2027 in de top 5 van fietssteden.", target: "<= 5", deadline: "2027"),
        Example("Remain in the top 10 of greenest cities by 2030", target: "<= 10", deadline: "2030"),
        // "using 2019 as a baseline": the baseline year.
        Example("Cut energy use in council buildings by 20% by 2028 using 2019 as a baseline.", target: "<= -20%", deadline: "2028",
                baseline: "2019", complete: true),
        // Zero of a harm without "to": a ceiling of none.
        Example("Ensure zero road deaths in the city centre by 2035", target: "<= 0", deadline: "2035"),
        Example("In 2030 telt de gemeente nul verkeersdoden.", target: "<= 0", deadline: "2030"),
        // A deadline moved "from 2035 to 2032": the new one.
        Example("The council moved its goal of 100% renewable electricity from 2035 to 2032.", target: "100%", deadline: "2032"),
        Example("Het doel van 50% minder restafval is verschoven van 2030 naar 2028.", target: "<= -50%", deadline: "2028"),
        // A fiscal year written "FY 2026-27" ends in June of the second year (DeadlineForms.swift).
        Example("Plant 2,000 trees by the end of FY 2026-27", target: "2000", deadline: "2027-06"),
        // Two goals in one sentence, each with its number: the first is the target.
        Example("Build 12 miles of bus lanes and raise transit ridership to 25%.", target: "12"),
        Example("The plan sets 60 percent recycling by 2030 and a 50 percent reduction in landfill by 2035.", target: "60%",
                deadline: "2030"),
        Example("We leggen 20 kilometer fietspad aan en verhogen het fietsgebruik naar 40%.", target: "20"),
        // A word of change after a coordinator speaks of the second goal, not of the number before it.
        Example("We planten 500 bomen en meer struiken in 2027.", target: "500", deadline: "2027"),
        // A number that is part of a name, and the numbers of a conditional clause, are no target.
        Example("Improve Progress 8 scores for pupils with SEND", target: nil),
        Example("In 2027 haalt 70% van de leerlingen in groep 8 het streefniveau.", target: "70%", deadline: "2027"),
        Example("De wachtlijst groeit, zeker als er 5.000 woningen bij komen.", target: nil),
        Example("If 2,000 new homes are built, the school needs more places.", target: nil),
        // "per cent" in two words, the British spelling, is a percentage.
        Example("By 2030, 75 per cent of household waste will be recycled.", target: "75%", deadline: "2030"),
        Example("Reduce carbon emissions by at least 40 per cent by 2028.", target: "<= -40%", deadline: "2028"),
        // A benchmark as a table row's target cell: no bound, so no comparator.
        Example("Waardering dienstverlening 6,7 6,8 Landelijk gemiddelde", target: "benchmark"),
        Example("Sickness absence days per employee 8.1 7.9 national average 7.4", target: "benchmark"),
        // Constructions, not sentences (the fourth round): each in phrasings written for the test.
        // A label's number at the start of a sentence or bracket, after "#", or a footnote mark, is no value.
        Example("Target 12 By 2030, household waste is reduced by 20 per cent.", target: "<= -20%", deadline: "2030"),
        Example("KPI 7 Percentage of streetlights that are LED: 90% by 2027", target: "90%", deadline: "2027"),
        Example("Opgave 4 – In 2028 is 60% van de daken groen.", target: "60%", deadline: "2028"),
        Example("Doel 3: in 2026 heeft 80% van de huishoudens glasvezel.", target: "80%", deadline: "2026"),
        Example("Big Move #3: plant 5,000 trees by 2030.", target: "5000", deadline: "2030"),
        Example("Bezoekers die de bibliotheek waarderen (2) minimaal 75% in 2027", target: ">= 75%", deadline: "2027"),
        Example("Wonen. Taakveld 8.3: in 2027 zijn 400 woningen opgeleverd.", target: "400", deadline: "2027"),
        Example("2) 500 nieuwe woningen in 2027.", target: "500", deadline: "2027"),
        Example("(4) 12 new play areas by 2028.", target: "12", deadline: "2028"),
        Example("Housing; Outcome 12: 300 affordable homes by 2028.", target: "300", deadline: "2028"),
        // A bound inside the noun phrase a share counts is a condition of its members; the share is the target.
        Example("By 2035, 60% of trips under 8 km will be made by bike.", target: "60%", deadline: "2035"),
        Example("In 2030 woont 90% van de inwoners ouder dan 75 zelfstandig thuis.", target: "90%", deadline: "2030"),
        Example("In 2028 is 70 procent van de woningen met meer dan 4 kamers betaalbaar.", target: "70%", deadline: "2028"),
        // ... also "tot" inside that noun phrase, and a bound after a count and the noun it counts.
        Example("In 2027 maakt 60% van de huishoudens met een inkomen tot 120% van het sociaal minimum gebruik van de regeling.",
                target: "60%", deadline: "2027"),
        Example("Support 1,000 households earning less than 20,000 pounds a year by 2027.", target: "1000", deadline: "2027"),
        Example("We plant 500 trees of at least 3 metres tall by 2028.", target: "500", deadline: "2028"),
        // A bound on a time inside the clause ("for more than 6 months", "in under 10 working days") is a condition.
        Example("Reduce the number of households in temporary accommodation for more than 6 months to 50 by 2027.", target: "<= 50",
                deadline: "2027"),
        Example("The council aims for 90% of complaints to be resolved in under 10 working days by 2026.", target: "90%",
                deadline: "2026"),
        Example("In 2026 wordt 85% van de meldingen binnen maximaal 5 werkdagen opgelost.", target: "85%", deadline: "2026"),
        // A shift in time ("by 10 years", "met 5 jaar") is no level.
        Example("The council brings the net zero target forward by 5 years, so that by 2040 half of all homes are retrofitted.",
                target: "50%", deadline: "2040"),
        Example("We vervroegen het doel met 10 jaar: in 2040 is een kwart van de wijken aardgasvrij.", target: "25%", deadline: "2040"),
        // A change written as a noun after "naar"/"to", or named by its goal noun, is a change, not a level.
        Example("We werken toe naar 40% CO2 reductie in 2030.", target: "<= -40%", deadline: "2030"),
        Example("The plan moves the city to 35% emissions reduction by 2030.", target: "<= -35%", deadline: "2030"),
        Example("Our carbon reduction targets are: 45% by 2030 and 90% by 2045", target: "<= -45%", deadline: "2030"),
        Example("The growth target of 15% applies to cycling trips by 2028.", target: ">= +15%", deadline: "2028"),
        Example("By 2030 water use is reduced by 25 per cent based on 2015 use.", target: "<= -25%", deadline: "2030", baseline: "2015",
                complete: true),
        // A percentage said in words.
        Example("By 2035 the share of landfilled waste is reduced to five per cent.", target: "<= 5%", deadline: "2035"),
        Example("In 2030 is nog maar vijf procent van het afval restafval.", target: "<= 5%", deadline: "2030"),
        Example("By 2030, zero per cent of new homes are heated with gas.", target: "0%", deadline: "2030"),
        Example("By 2030, one in five trips is made by bus.", target: "20%", deadline: "2030"),
        Example("In 2030 fietst een op de drie scholieren naar school.", target: "33.3333333333%", deadline: "2030"),
        // The deadline of the target's own sentence comes before one past a ";".
        Example("By 2026, landfill waste is reduced by 10 per cent; by 2040 the city sends nothing to landfill.", target: "<= -10%",
                deadline: "2026"),
        // "van X naar Y" with the unit said twice, words between: target Y, baseline value X.
        Example("De huurtermijn gaat van 5 jaar naar 15 jaar.", target: ">= 15", baselineValue: 5),
        Example("Het college wil het aantal laadpalen verhogen van 300 palen per jaar naar 500 palen per jaar.", target: ">= 500",
                baselineValue: 300),
        Example("Expand the programme from 12 sites to 20 sites by 2028.", target: ">= 20", deadline: "2028", baselineValue: 12),
        Example("We brengen de wachttijd terug van gemiddeld 12 weken naar ongeveer 6 weken.", target: "<= 6", baselineValue: 12),
        // A floor or ceiling in an adjective before its noun: "een minimale … van", "a maximum … of".
        Example("Het plan levert een minimale besparing op van 3 miljoen euro.", target: ">= 3000000"),
        Example("Voor een vergunning geldt in 2027 een maximale wachttijd van 8 weken.", target: "<= 8", deadline: "2027"),
        Example("Every resident has a maximum walking distance of 400 metres to a park by 2030.", target: "<= 400", deadline: "2030"),
        Example("The scheme supports no fewer than 300 households in 2026.", target: ">= 300", deadline: "2026"),
        // A quantifier over a countable set as the subject or scope of the goal: every member, 100%.
        Example("By 2030, all new homes are built without a gas connection.", target: ">= 100%", deadline: "2030"),
        Example("In 2028 zijn alle gemeentelijke gebouwen energielabel A.", target: ">= 100%", deadline: "2028"),
        Example("Every school has a safe crossing by 2027.", target: ">= 100%", deadline: "2027"),
        Example("Elke wijk heeft in 2030 een eigen buurthuis.", target: ">= 100%", deadline: "2030"),
        // ... not as the object of a verb, and a stated number comes first.
        Example("Help all new businesses find premises in the town centre.", target: nil),
        Example("By 2030, all new buildings use 40% less energy than in 2020.", target: "<= -40%", deadline: "2030", baseline: "2020",
                complete: true),
        // A bound before a share said in words.
        Example("At least half of new homes are affordable by 2028.", target: ">= 50%", deadline: "2028"),
        Example("Minstens de helft van de nieuwe woningen is in 2030 betaalbaar.", target: ">= 50%", deadline: "2030"),
        Example("By 2035 no more than one in ten homes is heated by gas.", target: "<= 10%", deadline: "2035"),
        // An adjective of a bound on the noun whose value the clause states.
        Example("De maximale wachttijd voor de Wmo is in 2026 6 weken.", target: "<= 6", deadline: "2026"),
        Example("The minimum share of journeys by bus in 2030 is 20%.", target: ">= 20%", deadline: "2030"),
        Example("In 2027 is de minimale score op de burgerpeiling een 7.", target: ">= 7", deadline: "2027"),
        // Verbs of change beyond the first lists: "fall by", "drop by", "afgenomen".
        Example("Emissions will fall by 40% against a 1990 baseline by 2030.", target: "<= -40%", deadline: "2030", baseline: "1990",
                complete: true),
        Example("Car trips drop by 15% by 2028.", target: "<= -15%", deadline: "2028"),
        Example("Het aantal inbraken is in 2027 met 10% afgenomen.", target: "<= -10%", deadline: "2027"),
        // A part of a number stated before it ("waarvan", "of which") is no goal of its own.
        Example("Tot en met 2027 bouwen we jaarlijks 350 woningen, waarvan 30% sociale huur.", target: "350", deadline: "2027"),
        Example("By 2030 we deliver 2,000 new homes, of which 40% are affordable.", target: "2000", deadline: "2030"),
        Example("In 2028 worden 120 laadpalen geplaatst, waaronder 20 snellaadpalen.", target: "120", deadline: "2028"),
        // A noun of change with the noun it changes between it and its percentage.
        Example("We streven naar een toename van het aantal bezoekers van 10% in 2027.", target: ">= +10%", deadline: "2027"),
        Example("A reduction in landfill waste of 30% by 2030.", target: "<= -30%", deadline: "2030"),
        Example("Een daling van het aantal woninginbraken van 20% in 2026.", target: "<= -20%", deadline: "2026"),
        // A distance after "within"/"binnen" bounds who is counted: a condition.
        Example("Every household is within 300 metres of a bus stop by 2030.", target: ">= 100%", deadline: "2030"),
        Example("Elk huishouden woont in 2030 binnen 500 meter van een speelplek.", target: ">= 100%", deadline: "2030"),
        Example("By 2028, 90% of residents live within 400 metres of a park.", target: "90%", deadline: "2028"),
        // A share said in words against the clause's own numbers: a count it divides stays the
        // population; a percentage in digits is the clause's figure, and a share after "from" its start.
        Example("By 2030, two thirds of the 12,000 new homes are affordable.", target: "66.6666666667%", deadline: "2030"),
        Example("In 2028 heeft een kwart van de 40 scholen een groen schoolplein.", target: "25%", deadline: "2028"),
        Example("By 2030, 60% of trips are made by bike, up from a third today.", target: "60%", deadline: "2030"),
        Example("In 2030 gaat 40% van de ritten met de fiets, tegen een kwart nu.", target: "40%", deadline: "2030"),
        // "two out of three", "three in four", "drie op de vier".
        Example("Two out of three residents are satisfied with the council by 2027.", target: "66.6666666667%", deadline: "2027"),
        Example("Three in four pupils walk or cycle to school by 2030.", target: "75%", deadline: "2030"),
        Example("In 2026 voelen drie op de vier inwoners zich veilig in hun buurt.", target: "75%", deadline: "2026"),
        // ... and in digits: "8 op de 10", "1 in 5", "9 out of 10", "9 van de 10"; not "2 in 10 jaar".
        Example("In 2027 voelen 8 op de 10 inwoners zich veilig, tegen 7 nu.", target: "80%", deadline: "2027"),
        Example("By 2030, 1 in 5 trips is made by bike.", target: "20%", deadline: "2030"),
        Example("Ensure 9 out of 10 calls are answered within 1 minute.", target: "90%"),
        Example("In 2026 krijgt minimaal 9 van de 10 aanvragers binnen 8 weken een besluit.", target: ">= 90%", deadline: "2026"),
        // Not an indicator row: one figure after the year, or a deadline lead before it.
        Example("Aandeel duurzame energie 2030 20%", target: "20%"),
        // A peiljaar block (year, the municipality's figure, the national one) with the goal after it:
        // the block is measured, and its first figure is the baseline of a goal against that year.
        Example("Restafval kg per inwoner 2021 180 165 120 kg in 2026", target: "120", deadline: "2026"),
        Example("Aandeel hernieuwbare elektriciteit % 2020 14,2 25,1 in 2026 20% toename t.o.v. 2020", target: ">= +20%", deadline: "2026",
                baseline: "2020", baselineValue: 14.2, complete: true),
        Example("Residents active 150 minutes a week % 2022 61.5 63.0 at least 65% by 2027", target: ">= 65%", deadline: "2027"),
        // A noun of doubling sets the direction of a level: "Verdubbeling … naar 2.000".
        Example("Verdubbeling van het aantal laadpalen naar 2.000 in 2030.", target: ">= 2000", deadline: "2030"),
        // A quantifier right after the time that opens the sentence, with or without a verb between.
        Example("In 2030 voldoen alle gemeentelijke gebouwen aan label A.", target: ">= 100%", deadline: "2030"),
        Example("By 2030 all new buildings are net zero carbon.", target: ">= 100%", deadline: "2030"),
        // A year and its value alone in brackets after the target, or after a baseline lead, are the baseline.
        Example("Het percentage inwoners dat zich veilig voelt is in 2026 80% (2022: 74%).", target: "80%", deadline: "2026",
                baseline: "2022", baselineValue: 74),
        Example("Het bereik stijgt naar 60% in 2026 (nulmeting 2022: 45%).", target: ">= 60%", deadline: "2026", baseline: "2022",
                baselineValue: 45, complete: true),
        Example("Resident satisfaction is 75% by 2027 (2023: 68%).", target: "75%", deadline: "2027", baseline: "2023", baselineValue: 68),
        // A financial year before a baseline word; a kept level's year with its value in brackets.
        Example("We will reduce the council's own emissions by 70 per cent by 2030 against our 2018/19 baseline.", target: "<= -70%",
                deadline: "2030", baseline: "2019-03", complete: true),
        Example("Het percentage inwoners dat mantelzorg geeft, blijft minimaal gelijk aan 2022 (18%).", target: ">= +0%",
                baseline: "2022", baselineValue: 18),
        // One-word shares: "driekwart", "tweederde".
        Example("Wij streven ernaar dat in 2030 minstens driekwart van de inwoners tevreden is.", target: ">= 75%", deadline: "2030"),
        Example("In 2028 woont tweederde van de ouderen zelfstandig.", target: "66.6666666667%", deadline: "2028"),
        // "van X <noun> naar Y", "from X <noun> to Y": the noun said once.
        Example("We reduce the backlog from 1,200 cases to under 300 by 2026.", target: "<= 300", deadline: "2026", baselineValue: 1200),
        Example("Het aantal deelauto's groeit van 40 auto's naar 120 in 2028.", target: ">= 120", deadline: "2028", baselineValue: 40),
        Example("Increase volunteering from 500 residents a year to 800 by 2027.", target: ">= 800", deadline: "2027", baselineValue: 500),
        // Ceilings and floors written with a verb: "will not exceed", "niet hoger zijn dan", "niet lager dan".
        Example("The percentage of roads in poor condition will not exceed 5% by 2028.", target: "<= 5%", deadline: "2028"),
        Example("Het verzuim mag in 2026 niet hoger zijn dan 5%.", target: "<= 5%", deadline: "2026"),
        Example("De tevredenheid is in 2027 niet lager dan een 7.", target: ">= 7", deadline: "2027"),
        // "ultimo 2026": the end of that year.
        Example("Ultimo 2026 is 70% van de aanvragen digitaal.", target: "70%", deadline: "2026"),
        // A hedge ("may be", "could be", "zou kunnen") states no goal.
        Example("As the rate is already high, the yearly increase may be 2 to 3%.", target: nil),
        Example("Emissions could be 20% lower by 2030 if every home were insulated.", target: nil, deadline: "2030"),
        Example("Het aantal bezoekers zou kunnen groeien naar 5.000 per jaar.", target: nil),
        // Inflation as a benchmark with its bound: another series, no number.
        Example("De lokale lasten stijgen niet meer dan de inflatie.", target: "<= benchmark"),
        Example("Council tax rises by no more than the rate of inflation.", target: "<= benchmark"),
        // None said in words: "no new", "geen nieuwe".
        Example("By 2030 there are no new gas connections in the city.", target: "<= 0", deadline: "2030"),
        Example("Na 2025 komen er in het centrum geen nieuwe parkeerplaatsen bij.", target: "<= 0"),
    ]

    /// "het eind van de bestuursperiode": the end of the configured college period, or a question.
    @Test func theEndOfTheCollegePeriodIsItsLastYear() {
        let sentence = "Aan het einde van de collegeperiode zijn 400 woningen gebouwd."
        #expect(ReadingIssueExamplesTests.propose(sentence, collegePeriod: 2022...2026).deadline?.period.description == "2026")
        let asked = ReadingIssueExamplesTests.propose(sentence)
        #expect(asked.deadline == nil)
        #expect(asked.asksCollegePeriod)
    }

    /// "scope 1, 2 and 3" names things; "14 0348" is a phone number: neither is a target.
    @Test func numbersThatNameThingsAreNoTarget() {
        let scopes = ReadingIssueExamplesTests.propose("Report emissions for scope 1, 2 and 3 by 2027.")
        #expect(scopes.target == nil)
        #expect(scopes.numbers.filter { $0.role == .list }.count == 3)
        let phone = ReadingIssueExamplesTests.propose("In 2025 is 90% van de bellers op 14 0348 binnen een minuut geholpen.")
        #expect(phone.target.map { Score.same($0.targetValue, .absolute(90, percent: true)) } == true)
    }

    /// Rows whose numbers stand side by side with no word saying which is the target.
    static let ambiguousRows = [
        "Percentage gescheiden ingezameld afval 51 54,5 60 nnb 70",
        "Waardering van de dienstverlening 6,8 7,1 7,0",
        "% of calls answered on the same day 81% 84% 90%",
        "Number of fly-tipping reports N/a 412 388 350",
        // A scale "tussen de 1 en 10" joins its numbers with "en": a range, not a second goal.
        "Kwaliteit handhaven: Klanttevredenheid (dienstverlening) Tussen de 1 en 10 7,1 7,0 6,9",
    ]

    @Test(arguments: ambiguousRows)
    func aBareRowOfSeveralNumbersProposesNoTarget(_ row: String) {
        let proposal = ReadingIssueExamplesTests.propose(row)
        #expect(proposal.target == nil)
        #expect(proposal.targetAmbiguous)
        // The row states numbers: it is not vague, but not complete either.
        #expect(!proposal.vague)
        #expect(!proposal.complete)
        #expect(!proposal.numbers.contains { $0.role == .target })
    }

    /// Not ambiguous: words choose, the numbers are equal, or a comparator names the target.
    static let unambiguousRows: [(String, String)] = [
        ("Het aantal speelplekken 140 140", "140"),
        ("Percentage goedkope woningen 48 32 15 nnb minimaal 30", ">= 30"),
        ("Houses delivered 617 707 542 target at least 400", ">= 400"),
        ("We bouwen 400 woningen en renoveren 250 scholen.", "400"),
    ]

    @Test(arguments: unambiguousRows)
    func wordsOrEqualNumbersChooseTheTarget(_ row: String, _ label: String) throws {
        let proposal = ReadingIssueExamplesTests.propose(row)
        let expected = try #require(GoalSentenceCorpus.target(label))
        #expect(!proposal.targetAmbiguous)
        #expect(proposal.target?.comparator == expected.comparator)
        #expect(proposal.target.map { Score.same($0.targetValue, expected.value) } == true)
    }

    @Test func aCountedPopulationHasThePopulationRole() {
        let numbers = ReadingIssueExamplesTests.propose("Samen met 18 gemeenten bouwt de regio tot 2030 circa 40.000 woningen.").numbers
        #expect(numbers.map(\.role) == [.population, .deadline, .target])
        let sizes = ReadingIssueExamplesTests.propose("Require buildings over 50,000 square feet to cut energy use 30% by 2032.").numbers
        #expect(sizes.map(\.role) == [.condition, .target, .deadline])
    }

    @Test func aFractionInDigitsIsOneNumberWithItsSpan() {
        let proposal = ReadingIssueExamplesTests.propose("Op 1/3/2024 is 1/3 van de woningen sociale huur.")
        #expect(proposal.numbers.map(\.span.text) == ["1", "3", "2024", "1/3"])
        #expect(proposal.numbers.filter { $0.role == .target }.map(\.span.text) == ["1/3"])
        #expect(proposal.target.map { Score.same($0.targetValue, .absolute(100.0 / 3, percent: true)) } == true)
    }

    /// A row of the indicators a Dutch begroting must show: peiljaar, the municipality's figure and
    /// the national one, once or more. Measured values with no norm: no target, and no question.
    static let indicatorRows = [
        "Werkloze jongeren % 2022 1,2 2,1",
        "Kinderen in uitkeringsgezin % 2021 5,4 5,9 2020 5,8 6,1",
        "Niet-wekelijkse sporters % 2022 47,2% 49,3%",
        "Omvang huishoudelijk restafval kg per inwoner 2023 164 151",
        // The unit column "%" before the figures.
        "Inwoners die vrijwilligerswerk doen % 31,5 33,0",
        "4 Volwassenen met overgewicht % 48",
        "Residents who feel lonely % 21.4 19.8",
    ]

    @Test(arguments: indicatorRows)
    func anIndicatorRowStatesNoTarget(_ row: String) {
        let proposal = ReadingIssueExamplesTests.propose(row)
        #expect(proposal.target == nil)
        #expect(!proposal.targetAmbiguous)
        #expect(proposal.vague)
        #expect(proposal.numbers.allSatisfy { $0.role == .other || $0.role == .list })
    }

    /// After a deadline lead the year is the goal's end, not a peiljaar: the row stays a question.
    @Test func aRowAfterADeadlineIsNoIndicatorRow() {
        let proposal = ReadingIssueExamplesTests.propose("Aandeel duurzame energie in 2030 20% 25%")
        #expect(proposal.targetAmbiguous)
        #expect(proposal.deadline?.period.description == "2030")
    }

    @Test func aShareCountedInDigitsIsOneNumberWithItsSpan() {
        let proposal = ReadingIssueExamplesTests.propose("In 2027 voelen 8 op de 10 inwoners zich veilig.")
        #expect(proposal.numbers.map(\.span.text) == ["2027", "8 op de 10"])
        #expect(proposal.numbers.map(\.role) == [.deadline, .target])
        #expect(proposal.target?.span.text == "8 op de 10")
    }

    @Test func labelsAndConditionsHaveTheirRoles() {
        let proposal = ReadingIssueExamplesTests.propose("Target 67 By 2036, 75% of trips under 5 km are walked or cycled (Big Move #2).")
        #expect(proposal.numbers.map(\.span.text) == ["67", "2036", "75", "5", "2"])
        #expect(proposal.numbers.map(\.role) == [.list, .deadline, .target, .condition, .list])
    }

    @Test(arguments: examples)
    func readsTheConstruction(_ example: Example) throws {
        try ReadingIssueExamplesTests().readsTheExample(example)
    }
}
