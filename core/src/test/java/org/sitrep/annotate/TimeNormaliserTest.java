package org.sitrep.annotate;

import org.junit.jupiter.api.Test;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeType;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeNormaliserTest {

    /** A Tuesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 19);

    private final TimeNormaliser normaliser = new TimeNormaliser();

    /** What the normaliser makes of {@code found} in the sentence, as "text|TYPE|value". */
    private List<String> normalise(TaggedSentence s, LocalDate published, TimeExpression... found) {
        return narrated(s, published, null, found);
    }

    /** The same, in a text that gave {@code anchor} as an explicit date before the sentence. */
    private List<String> narrated(TaggedSentence s, LocalDate published, LocalDate anchor, TimeExpression... found) {
        List<TimeExpression> times = normaliser.normalise(s.text(), s.tokens(), List.of(found), published, anchor);
        for (TimeExpression t : times) {
            assertEquals(s.text().substring(t.span().start(), t.span().end()), t.text());
        }
        return times.stream().map(t -> t.text() + "|" + t.type() + "|" + t.value()).toList();
    }

    private List<String> normalise(TaggedSentence s, TimeExpression... found) {
        return normalise(s, PUBLISHED, found);
    }

    @Test
    void weekdayInPastTenseReportingIsTheLastOne() {
        TaggedSentence s = TaggedSentence.of("Drones/NNS struck/VBD/strike Kyiv/NNP on/IN Monday/NNP ./.");
        assertEquals(List.of("Monday|DATE|2024-11-18"),
                normalise(s, s.time("Monday", TimeType.DATE, "2024-11-25")));
    }

    @Test
    void weekdayWithAPartOfTheDayDatesTheDay() {
        TaggedSentence s = TaggedSentence.of("Sirens/NNS sounded/VBD/sound Sunday/NNP night/NN ./.");
        assertEquals(List.of("Sunday night|DATE|2024-11-17"),
                normalise(s, s.time("Sunday night", TimeType.TIME, "2024-11-24TNI")));
    }

    @Test
    void monthWithoutYearFollowsTheTense() {
        TaggedSentence s = TaggedSentence.of("Troops/NNS crossed/VBD/cross the/DT border/NN in/IN August/NNP ./.");
        assertEquals(List.of("August|DATE|2024-08"), normalise(s, s.time("August", TimeType.DATE, "2025-08")));
    }

    @Test
    void offsetsTakeTheGranularityOfTheirUnit() {
        TaggedSentence s = TaggedSentence.of("The/DT town/NN fell/VBD/fall two/CD years/NNS ago/RB and/CC six/CD"
                + " weeks/NNS ago/RB ./.");
        assertEquals(List.of("two years ago|DATE|2022", "six weeks ago|DATE|2024-W41"),
                normalise(s, s.time("two years ago", TimeType.DATE, "2022-11-19"),
                        s.time("six weeks ago", TimeType.DATE, "2024-10-08")));
    }

    @Test
    void valuesAreWrittenTheTimeMlWay() {
        TaggedSentence s = TaggedSentence.of("Since/IN the/DT 1990s/CD and/CC the/DT 20th/JJ century/NN ,/,"
                + " until/IN 5/CD p.m./NN EST/NNP ./.");
        assertEquals(List.of("the 1990s|DATE|199", "the 20th century|DATE|19", "5 p.m. EST|TIME|2024-11-19T17:00"),
                normalise(s, s.time("the 1990s", TimeType.DATE, "199X"),
                        s.time("the 20th century", TimeType.DATE, "19XX"),
                        s.time("5 p.m. EST", TimeType.TIME, "2024-11-19T17:00-0500")));
    }

    @Test
    void thePastYearIsADuration() {
        TaggedSentence s = TaggedSentence.of("Prices/NNS rose/VBD/rise over/IN the/DT past/JJ year/NN ./.");
        assertEquals(List.of("the past year|DURATION|P1Y"),
                normalise(s, s.time("the past year", TimeType.DATE, "2024")));
    }

    @Test
    void presentAndVagueReferencesStay() {
        TaggedSentence s = TaggedSentence.of("The/DT front/NN is/VBZ/be now/RB quiet/JJ ./.");
        assertEquals(List.of("now|DATE|PRESENT_REF"), normalise(s, s.time("now", TimeType.DATE, "PRESENT_REF")));
    }

    @Test
    void whatTimeMlDoesNotAnnotateIsDropped() {
        TaggedSentence s = TaggedSentence.of("A/DT 6-year-old/JJ boy/NN ,/, once/RB a/DT refugee/NN ,/, got/VBD/get"
                + " $/$ 2/CD million/CD a/DT year/NN in/IN the/DT march/NN ./.");
        assertEquals(List.of(), normalise(s, s.time("6-year-old", TimeType.DURATION, "P6Y"),
                s.time("once", TimeType.DATE, "PAST_REF"), s.time("a year", TimeType.DURATION, "P1Y"),
                s.time("march", TimeType.DATE, "2025-03")));
    }

    @Test
    void yearAgoQuarterIsFoundWhereSutimeSplitsIt() {
        TaggedSentence s = TaggedSentence.of("Net/NN rose/VBD/rise from/IN the/DT year-ago/JJ quarter/NN ./.");
        assertEquals(List.of("the year-ago quarter|DATE|1988-Q3"), normalise(s, LocalDate.of(1989, 10, 26),
                s.time("the year", TimeType.DATE, "1989")));
    }

    @Test
    void compositeValuesAreSplitIntoASpanAndItsYear() {
        TaggedSentence s = TaggedSentence.of("Sales/NNS rose/VBD/rise in/IN the/DT first/JJ nine/CD months/NNS"
                + " of/IN 1997/CD ./.");
        assertEquals(List.of("the first nine months|DURATION|P9M", "1997|DATE|1997"),
                normalise(s, s.time("the first nine months of 1997", TimeType.DATE, "1997 INTERSECT P9M")));
    }

    @Test
    void withoutAnArticleDateSutimeValuesStand() {
        TaggedSentence s = TaggedSentence.of("Drones/NNS struck/VBD/strike on/IN Monday/NNP ./.");
        assertEquals(List.of("Monday|DATE|XXXX-WXX-1"), normalise(s, (LocalDate) null, s.time("Monday", TimeType.DATE,
                "XXXX-WXX-1")));
    }

    @Test
    void spansStayInsideTheSentenceAndInOrder() {
        TaggedSentence s = TaggedSentence.of("Earlier/RBR this/DT month/NN and/CC on/IN Friday/NNP ,/, strikes/NNS"
                + " hit/VBD/hit ./.");
        List<String> times = normalise(s, s.time("Friday", TimeType.DATE, "2024-11-15"),
                s.time("Earlier this month", TimeType.DATE, "2024-11"));
        assertEquals(List.of("this month|DATE|2024-11", "Friday|DATE|2024-11-15"), times);
    }

    @Test
    void yearsAndDecadesSaidInWordsAreFound() {
        TaggedSentence s = TaggedSentence.of("January/NNP nineteen/CD ninety-seven/CD ./. Atlanta/NNP in/IN"
                + " nineteen/CD ninety-six/CD and/CC in/IN the/DT nineties/NNS ./.");
        assertEquals(List.of("January nineteen ninety-seven|DATE|1997-01", "nineteen ninety-six|DATE|1996",
                "the nineties|DATE|199"), normalise(s));
    }

    @Test
    void countsSaidInWordsAreNotYears() {
        TaggedSentence s = TaggedSentence.of("Nineteen/CD ninety-six/CD people/NNS came/VBD/come ./.");
        assertEquals(List.of(), normalise(s));
    }

    @Test
    void nowSetOffAtTheHeadOfASentenceIsNotATime() {
        TaggedSentence s = TaggedSentence.of("Now/RB ,/, he/PRP says/VBZ/say ,/, it/PRP looks/VBZ/look bad/JJ ./.");
        assertEquals(List.of(), normalise(s, s.time("Now", TimeType.DATE, "PRESENT_REF")));
    }

    @Test
    void growthRateIsNotATime() {
        TaggedSentence s = TaggedSentence.of("Sales/NNS will/MD rise/VB 8.5/CD %/NN annually/RB ./.");
        assertEquals(List.of(), normalise(s, s.time("annually", TimeType.SET, "P1Y")));
    }

    @Test
    void theFollowingYearCountsFromTheYearLastWrittenOut() {
        TaggedSentence s = TaggedSentence.of("On/IN May/NNP 22/CD ,/, 1995/CD ,/, he/PRP was/VBD/be promoted/VBN ,/,"
                + " and/CC the/DT following/VBG year/NN he/PRP left/VBD/leave ./.");
        assertEquals(List.of("the following year|DATE|1996"), normalise(s));
    }

    @Test
    void aWeekdayInAPastNarrativeIsReadFromTheNarrativesDate() {
        // a story about 1974 published in 2019: "on a Friday" is the Friday on or after 13 September 1974
        TaggedSentence s = TaggedSentence.of("The/DT bomb/NN exploded/VBD/explode on/IN a/DT Friday/NNP"
                + " afternoon/NN ./.");
        LocalDate anchor = LocalDate.of(1974, 9, 10);
        assertEquals(List.of("a Friday afternoon|DATE|1974-09-13"), narrated(s, LocalDate.of(2019, 5, 1), anchor,
                s.time("a Friday afternoon", TimeType.TIME, "2019-04-26TAF")));
        // without an article date too
        assertEquals(List.of("a Friday afternoon|DATE|1974-09-13"), narrated(s, null, anchor,
                s.time("a Friday afternoon", TimeType.TIME, "XXXX-WXX-5TAF")));
        // and without a narrative the article's date rules, as in ordinary news
        assertEquals(List.of("a Friday afternoon|DATE|2019-04-26"), narrated(s, LocalDate.of(2019, 5, 1), null,
                s.time("a Friday afternoon", TimeType.TIME, "2019-04-26TAF")));
    }

    @Test
    void offsetsAndBackReferencesCountFromTheNarrativesDate() {
        LocalDate anchor = LocalDate.of(1974, 9, 13);
        LocalDate published = LocalDate.of(2019, 5, 1);
        TaggedSentence next = TaggedSentence.of("Police/NNS arrested/VBD/arrest him/PRP the/DT next/JJ day/NN ./.");
        assertEquals(List.of("the next day|DATE|1974-09-14"), narrated(next, published, anchor,
                next.time("the next day", TimeType.DATE, "2019-05-02")));
        TaggedSentence later = TaggedSentence.of("Two/CD days/NNS later/RB ,/, a/DT victim/NN died/VBD/die ./.");
        assertEquals(List.of("Two days later|DATE|1974-09-15"), narrated(later, published, anchor,
                later.time("Two days later", TimeType.DATE, "2019-05-03")));
        TaggedSentence month = TaggedSentence.of("More/JJR bombs/NNS went/VBD/go off/RP that/DT month/NN ./.");
        assertEquals(List.of("that month|DATE|1974-09"), narrated(month, published, anchor,
                month.time("that month", TimeType.DATE, "2019-05")));
    }

    @Test
    void aSentenceLookingAheadKeepsTheArticlesDate() {
        TaggedSentence s = TaggedSentence.of("The/DT trial/NN will/MD open/VB on/IN Friday/NNP ./.");
        assertEquals(List.of("Friday|DATE|2019-05-03"), narrated(s, LocalDate.of(2019, 5, 1), LocalDate.of(1974, 9,
                13), s.time("Friday", TimeType.DATE, "2019-05-03")));
    }

    @Test
    void anExplicitDateInTheSentenceAnchorsWhatFollowsIt() {
        TaggedSentence s = TaggedSentence.of("On/IN 13/CD September/NNP 1974/CD a/DT bomb/NN exploded/VBD/explode"
                + " and/CC the/DT police/NNS came/VBD/come the/DT next/JJ day/NN ./.");
        assertEquals(List.of("13 September 1974|DATE|1974-09-13", "the next day|DATE|1974-09-14"),
                narrated(s, LocalDate.of(2019, 5, 1), null, s.time("13 September 1974", TimeType.DATE, "1974-09-13"),
                        s.time("the next day", TimeType.DATE, "2019-05-02")));
    }

    @Test
    void theTimeOfSayingIsTheNewsNotTheNarrative() {
        TaggedSentence s = TaggedSentence.of("Officials/NNS said/VBD/say privately/RB Thursday/NNP that/IN he/PRP"
                + " died/VBD/die ./.");
        assertEquals(List.of("Thursday|DATE|1998-02-19"), narrated(s, LocalDate.of(1998, 2, 19),
                LocalDate.of(1996, 3, 26), s.time("Thursday", TimeType.DATE, "1998-02-19")));
    }
}
