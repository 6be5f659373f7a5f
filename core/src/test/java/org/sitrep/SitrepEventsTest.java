package org.sitrep;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleFacts;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventSubtype;
import org.sitrep.model.FatalityQualifier;
import org.sitrep.model.Relation;
import org.sitrep.model.RelationPredicate;
import org.sitrep.model.Span;
import org.sitrep.model.TollFigure;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events and relations through the whole flow, models loaded: the seed articles and fixtures of our own. */
@Tag("models")
class SitrepEventsTest {
    private static Sitrep sitrep;

    @BeforeAll
    static void load() {
        sitrep = Sitrep.load();
    }

    private static List<ArticleFacts> fixture() throws IOException {
        return SitrepTest.read("events-incidents.txt", SitrepTest.fixture("events-incidents.txt")).stream()
                .map(sitrep::process).toList();
    }

    private static Event only(ArticleFacts facts, Predicate<Event> which, String what) {
        List<Event> found = facts.events().stream().filter(which).toList();
        assertEquals(1, found.size(), what + " in " + describe(facts));
        return found.get(0);
    }

    private static String describe(ArticleFacts facts) {
        StringBuilder sb = new StringBuilder();
        for (Event e : facts.events()) {
            sb.append('\n').append(e.id()).append(' ').append(e.subtype().label()).append(' ').append(e.date())
                    .append(' ').append(e.findLocation().map(l -> l.text()).orElse("-")).append(' ')
                    .append(e.casualties());
        }
        return sb.toString();
    }

    /** Every span of every event and relation lies in the body; evidence holds the triggers. */
    private static void assertSpansInBody(ArticleFacts facts) {
        String body = facts.article().text();
        for (Event e : facts.events()) {
            e.spans().forEach(s -> assertTrue(s.end() <= body.length(), e.toString()));
            for (Span t : e.triggers()) {
                assertTrue(e.evidence().stream().anyMatch(ev -> ev.contains(t)), "trigger " + t + " outside evidence");
            }
            e.findLocation().ifPresent(l -> assertEquals(l.text(), l.span().of(body)));
            if (e.weapon() != null) {
                assertEquals(e.weapon().text(), e.weapon().span().of(body));
            }
        }
        facts.relations().forEach(r -> assertTrue(r.trigger().end() <= body.length()));
    }

    @Test
    void seed002DormStrikeIsOneDroneStrikeAtGlukhivWithItsToll() throws IOException {
        ArticleFacts facts = sitrep.process(SitrepTest.seed("002_1ffe506d08a5c17c.txt").get(1));
        assertSpansInBody(facts);
        Event dorm = only(facts, e -> e.findLocation().map(l -> l.text().contains("Glukhiv")).orElse(false),
                "one event at Glukhiv");
        assertEquals(EventSubtype.AIR_DRONE_STRIKE, dorm.subtype());
        assertEquals("2024-11-19", dorm.date());
        assertEquals(DatePrecision.DAY, dorm.precision());
        assertEquals("Hlukhiv", dorm.location().name(), "the gazetteer's spelling of Glukhiv");
        assertEquals("UA", dorm.location().country());
        assertEquals("Sumy", dorm.location().admin1());
        assertEquals(51.68, dorm.location().lat(), 0.05);
        assertEquals(33.91, dorm.location().lon(), 0.05);
        assertEquals(9, dorm.casualties().fatalities());
        assertEquals(FatalityQualifier.AT_LEAST, dorm.casualties().qualifier(), "the lede's 'at least nine' stands");
        assertEquals("Russia", dorm.actor1().name());
        assertEquals("drone", dorm.weapon().text());
        assertTrue(dorm.civilianTargeting());
        String body = facts.article().text();
        List<String> evidence = dorm.evidence().stream().map(s -> s.of(body)).toList();
        assertTrue(evidence.stream().anyMatch(s -> s.contains("overnight Russian strike in the eastern Ukrainian region")), evidence.toString());
        assertTrue(evidence.stream().anyMatch(s -> s.contains("A Russian attack in Sumy hit a dormitory")), evidence.toString());
        assertTrue(evidence.stream().anyMatch(s -> s.contains("The drone attack killed nine people")), evidence.toString());
        assertTrue(facts.events().stream().noneMatch(e -> e != dorm && e.evidence().stream()
                .anyMatch(s -> s.of(body).contains("The drone attack killed nine"))), "no duplicate for the dorm strike");
        assertTrue(dorm.figures().stream().noneMatch(f -> f.value() == 4), "'four people were likely under the rubble' is no toll");
    }

    @Test
    void seed002DroneWaveHasLaunchedAndInterceptedFigures() throws IOException {
        ArticleFacts facts = sitrep.process(SitrepTest.seed("002_1ffe506d08a5c17c.txt").get(1));
        Event wave = only(facts, e -> e.casualties().launched() != null, "one event with launched drones");
        assertEquals(87, wave.casualties().launched());
        assertEquals(51, wave.casualties().intercepted());
        assertEquals(EventSubtype.AIR_DRONE_STRIKE, wave.subtype());
        assertEquals("Russia", wave.actor1().name());
        assertEquals("2024-11-19", wave.date());
    }

    @Test
    void seed002OtherIncidentsKeepTheirOwnFiguresAndDates() throws IOException {
        ArticleFacts facts = sitrep.process(SitrepTest.seed("002_1ffe506d08a5c17c.txt").get(1));
        Event odesa = only(facts, e -> e.findLocation().map(l -> "Odesa".equals(l.name())).orElse(false), "Odesa");
        assertEquals(EventSubtype.SHELLING_ARTILLERY_MISSILE_ATTACK, odesa.subtype());
        assertEquals("2024-11-18", odesa.date(), "'on Monday' before a Tuesday article");
        assertEquals(10, odesa.casualties().fatalities());
        assertEquals(FatalityQualifier.EXACT, odesa.casualties().qualifier());
        assertEquals(55, odesa.casualties().injured());
        Event earlier = only(facts, e -> Objects.equals(e.casualties().fatalities(), 12), "the earlier bombardment");
        assertEquals(84, earlier.casualties().injured());
        assertEquals(DatePrecision.WEEK, earlier.precision(), "'just days after' gives a week");
        Event kursk = only(facts, e -> "2024-08".equals(e.date()), "the August offensive in Kursk");
        assertEquals(DatePrecision.MONTH, kursk.precision());
        assertEquals("Ukraine", kursk.actor1().name());
    }

    @Test
    void seed000SupplyRelationsRunBothWays() throws IOException {
        ArticleFacts facts = sitrep.process(SitrepTest.seed("000_69033db6c55351c9.txt").get(0));
        assertSpansInBody(facts);
        Relation tech = relation(facts, "Russia", RelationPredicate.SUPPLIES, "North Korea");
        assertEquals("missile technology", tech.what());
        assertEquals("Rutte", tech.findClaimedBy().map(Actor::name).orElse(null));
        Relation money = relation(facts, "Russia", RelationPredicate.SUPPLIES, "Iran");
        assertEquals("money", money.what());
        Relation missiles = relation(facts, "Iran", RelationPredicate.SUPPLIES, "Russia");
        assertTrue(missiles.what().startsWith("missiles"), missiles.what());
        assertTrue(missiles.what().contains("drone technology"), missiles.what());
        assertEquals("Rutte", missiles.findClaimedBy().map(Actor::name).orElse(null));
        relation(facts, "Trump", RelationPredicate.APPOINTS, "Keith Kellogg");
        relation(facts, "Russia", RelationPredicate.INVADES, "Ukraine");
    }

    @Test
    void seed002RelationsPermitsDecreesAccuses() throws IOException {
        ArticleFacts facts = sitrep.process(SitrepTest.seed("002_1ffe506d08a5c17c.txt").get(1));
        // "the United States gave Kyiv permission ..." and "Washington ... permission ... Kyiv" in the next sentence
        // are one permission, given to Ukraine's government ("Kyiv" stands for it), with both sentences as evidence
        Relation permits = relation(facts, "United States", RelationPredicate.PERMITS, "Ukraine");
        assertEquals("use long-range missiles", permits.what());
        assertNull(permits.claimedBy(), "stated in the article's own voice");
        assertEquals(1, facts.relations().stream().filter(r -> r.predicate() == RelationPredicate.PERMITS).count(),
                facts.relations().toString());
        assertEquals(2, permits.evidence().size(), permits.toString());
        assertTrue(facts.relations().stream().anyMatch(r -> r.predicate() == RelationPredicate.DECREES
                && r.subject().name().equals("Vladimir Putin")), facts.relations().toString());
        relation(facts, "Ukraine", RelationPredicate.ACCUSES, "Russia");
    }

    private static Relation relation(ArticleFacts facts, String subject, RelationPredicate p, String object) {
        return facts.relations().stream()
                .filter(r -> r.subject().name().equals(subject) && r.predicate() == p && r.object() != null
                        && r.object().name().equals(object))
                .findFirst().orElseThrow(() -> new AssertionError(subject + " " + p + " " + object + " not in "
                        + facts.relations()));
    }

    @Test
    void briefingGivesEachPredicateWithItsDirectionAndClaimant() throws IOException {
        ArticleFacts facts = sitrep.process(SitrepTest.read("relations-briefing.txt",
                SitrepTest.fixture("relations-briefing.txt")).get(0));
        assertSpansInBody(facts);
        relation(facts, "Vladimir Putin", RelationPredicate.THREATENS, "Ukraine");
        relation(facts, "Xi Jinping", RelationPredicate.MEETS, "Luiz Inacio Lula da Silva");
        relation(facts, "United States", RelationPredicate.URGES, "Israel"); // the White House speaks for it
        assertEquals("blocking European aid", relation(facts, "Zelensky", RelationPredicate.ACCUSES, "Hungary").what());
        assertEquals("Russia", relation(facts, "Russia", RelationPredicate.ATTACKS, "Ukraine").subject().name());
        assertEquals("2024-11-19", relation(facts, "Biden", RelationPredicate.APPOINTS, "Jane Doe").date());
        Relation drones = relation(facts, "Iran", RelationPredicate.SUPPLIES, "Russia");
        assertEquals("drones", drones.what());
        assertEquals("Ukrainian officials", drones.findClaimedBy().map(Actor::name).orElse(null));
        Relation troops = relation(facts, "North Korea", RelationPredicate.SUPPLIES, "Russia");
        assertEquals("troops", troops.what());
        assertEquals("Seoul", troops.findClaimedBy().map(Actor::name).orElse(null));
        assertTrue(facts.relations().stream().noneMatch(r -> r.predicate() == RelationPredicate.SUPPLIES
                && r.subject().name().equals("Russia")), "direction: nobody says Russia supplies anyone here");
        Event attack = only(facts, e -> true, "the attack near Pokrovsk is the one incident");
        assertEquals(EventSubtype.ARMED_CLASH, attack.subtype());
        assertEquals("Ukraine", attack.actor2().name());
    }

    @Test
    void theTwoWhoMetAreTheTwoNamedBefore() {
        ArticleFacts facts = sitrep.process(Article.of("two", "Emmanuel Macron said he raised the grain corridor "
                + "with Recep Tayyip Erdogan when the two met in Ankara on Tuesday. Officials said both sides "
                + "met again in Geneva."));
        assertSpansInBody(facts);
        relation(facts, "Emmanuel Macron", RelationPredicate.MEETS, "Recep Tayyip Erdogan");
        assertEquals(1, facts.relations().stream().filter(r -> r.predicate() == RelationPredicate.MEETS).count(),
                "'both sides' names no two actors: " + facts.relations());
    }

    @Test
    void wordsAreNoAttackTitlesSupplyNothingAndTheOneMetIsThePerson() {
        String text = "Senator Elizabeth Warren attacked Jamie Dimon over bank fees at a hearing on Tuesday. "
                + "\"The plan is unworkable,\" said Mark Zandi, head of the Moody's Analytics research group. "
                + "Chancellor Olaf Scholz met Chinese Premier Li Qiang in Berlin on Wednesday. "
                + "Farmers said the drought hurt Kenya more than any policy they blamed on Joe Biden.";
        ArticleFacts facts = sitrep.process(Article.of("words", text));
        assertSpansInBody(facts);
        assertTrue(facts.events().isEmpty(), "no incident here: " + facts.events());
        assertTrue(facts.relations().stream().noneMatch(r -> r.predicate() == RelationPredicate.ATTACKS),
                "an attack in words reports no incident: " + facts.relations());
        assertTrue(facts.relations().stream().noneMatch(r -> r.predicate() == RelationPredicate.SUPPLIES),
                "the head of a group supplies nothing: " + facts.relations());
        relation(facts, "Olaf Scholz", RelationPredicate.MEETS, "Li Qiang");
        assertTrue(facts.relations().stream().noneMatch(r -> r.object() != null
                        && r.object().name().equals("China")),
                "the premier is met, not his country: " + facts.relations());
        assertTrue(facts.relations().stream().noneMatch(r -> r.predicate() == RelationPredicate.ACCUSES),
                "the ones who blame are 'they', not a name before them: " + facts.relations());
    }

    @Test
    void seatsAndCapitalsStandingForGovernmentsAreTheirCountries() {
        String text = "Washington gave Kyiv permission to use long-range missiles against targets inside Russia, "
                + "the United States said on Sunday. The United States allowed Kyiv to strike military sites across "
                + "the border.\n\nThe Kremlin threatened Ukraine with a harsh response. Moscow launched a missile "
                + "strike on Odesa on Monday, killing three people.\n\nEnvoys from Hungary and Turkey held talks in "
                + "Moscow on Tuesday.";
        ArticleFacts facts = sitrep.process(Article.of("governments", text));
        assertSpansInBody(facts);
        List<Relation> permits = facts.relations().stream()
                .filter(r -> r.predicate() == RelationPredicate.PERMITS).toList();
        assertEquals(1, permits.size(), "one permission, however many names the government goes by: " + permits);
        Relation permit = permits.get(0);
        assertEquals("United States", permit.subject().name());
        assertEquals("Ukraine", permit.object().name(), "Kyiv given permission is Ukraine's government");
        assertEquals("Washington", permit.subject().span().of(text), "the actor keeps the words that name it");
        assertEquals(2, permit.evidence().size(), "both sentences are its evidence: " + permit.evidence());

        Relation threat = relation(facts, "Russia", RelationPredicate.THREATENS, "Ukraine");
        assertEquals("Kremlin", threat.subject().span().of(text));
        Event strike = only(facts, e -> e.evidence().stream().anyMatch(ev -> ev.of(text).contains("Odesa")),
                "the strike on Odesa");
        assertEquals("Russia", strike.actor1().name(), "'Moscow launched a strike' is Russia's");

        int talks = text.lastIndexOf("Moscow");
        Span moscow = new Span(talks, talks + "Moscow".length());
        assertTrue(facts.places().stream().anyMatch(p -> p.span().equals(moscow) && !p.metonymy()),
                "talks in Moscow are held in the city: " + facts.places());
        for (Relation r : facts.relations()) {
            for (Actor a : new Actor[]{r.subject(), r.object()}) {
                assertTrue(a == null || a.span() == null || !a.span().overlaps(moscow), "the city is no actor: " + r);
            }
        }
        for (Event e : facts.events()) {
            for (Actor a : new Actor[]{e.actor1(), e.actor2()}) {
                assertTrue(a == null || a.span() == null || !a.span().overlaps(moscow), "the city is no actor: " + e);
            }
        }
    }

    @Test
    void oddTextsGiveSpansInsideTheBodyAndTheSameFactsTwice() {
        for (String text : List.of("A drone strike hit Kharkiv 😀 on Monday, killing two.\r\n\r\nThe attack wounded 5.",
                "“Russia’s strike killed 3,” he said. 'Another strike' — killed", "killed killed killed",
                "The toll rose to 14.", "Dozens of people were killed in clashes.\n\n\n")) {
            ArticleFacts facts = sitrep.process(Article.of("odd", text));
            assertSpansInBody(facts);
            ArticleFacts again = sitrep.process(Article.of("odd", text));
            assertEquals(facts.events(), again.events(), "runs are deterministic");
            assertEquals(facts.relations(), again.relations());
        }
        Event clash = only(sitrep.process(Article.of("odd", "Dozens of people were killed in clashes.")), e -> true,
                "one clash");
        assertEquals(12, clash.casualties().fatalities(), "ACLED's conservative reading of 'dozens'");
        assertEquals(FatalityQualifier.AT_LEAST, clash.casualties().qualifier());
    }

    @Test
    void laterCorrectionOfTheTollUpdatesTheOneEvent() throws IOException {
        ArticleFacts facts = fixture().get(0);
        assertSpansInBody(facts);
        assertEquals(1, facts.events().size(), describe(facts));
        Event strike = facts.events().get(0);
        assertEquals(EventSubtype.SHELLING_ARTILLERY_MISSILE_ATTACK, strike.subtype());
        assertEquals(14, strike.casualties().fatalities(), "'the death toll had risen to 14' replaces nine");
        assertEquals("2024-10-06", strike.date(), "the strike's own Sunday, not the toll's Monday");
        assertEquals(List.of(9, 14), strike.figures().stream()
                .filter(f -> f.count() == TollFigure.Count.KILLED).map(TollFigure::value).toList());
    }

    @Test
    void battleHasTwoArmedActors() throws IOException {
        Event battle = only(fixture().get(1), e -> true, "one battle");
        assertEquals(EventSubtype.ARMED_CLASH, battle.subtype());
        assertEquals("Sudan", battle.actor1().name());
        assertEquals("Rapid Support Forces", battle.actor2().name());
        assertEquals("El Fasher", battle.location().name());
        assertEquals(20, battle.casualties().fatalities());
        assertEquals(FatalityQualifier.AT_LEAST, battle.casualties().qualifier());
        assertFalse(battle.civilianTargeting());
    }

    @Test
    void protestIsPeaceful() throws IOException {
        Event protest = only(fixture().get(2), e -> true, "one protest");
        assertEquals(EventSubtype.PEACEFUL_PROTEST, protest.subtype());
        assertEquals("Tbilisi", protest.location().name());
        assertEquals("2024-11-30", protest.date());
    }

    @Test
    void oldAttackMentionedAsBackgroundGetsItsOwnOlderDate() throws IOException {
        ArticleFacts facts = fixture().get(3);
        assertEquals(2, facts.events().size(), describe(facts));
        Event market = facts.events().get(0);
        assertEquals(EventSubtype.AIR_DRONE_STRIKE, market.subtype());
        assertEquals("2024-09-11", market.date());
        assertEquals(3, market.casualties().fatalities());
        assertTrue(market.civilianTargeting());
        Event station = facts.events().get(1);
        assertEquals("2022-04", station.date());
        assertEquals(DatePrecision.MONTH, station.precision());
        assertEquals(30, station.casualties().fatalities());
    }

    @Test
    void aHistoricalNarrativesFridayIsTheFridayOfItsStory() {
        Article story = new Article("history", 0, null, java.time.LocalDate.of(2019, 5, 1), null, List.of(),
                "The bombing of the Rolando cafe in Madrid on 13 September 1974 killed 13 people and wounded 71. "
                        + "The bomb had been left at the entrance and exploded on a Friday afternoon, during the "
                        + "lunchtime rush. Police arrested several suspects two days later. On 15 September, the "
                        + "leadership of ETA issued a statement denying the attack.",
                null, null, List.of());
        ArticleFacts facts = sitrep.process(story);
        assertTrue(facts.times().stream().anyMatch(t -> t.text().contains("Friday")
                && "1974-09-13".equals(t.value())), facts.times().toString());
        assertTrue(facts.times().stream().anyMatch(t -> t.text().equals("two days later")
                && "1974-09-15".equals(t.value())), facts.times().toString());
        // one bombing, not one per date: neither its Friday nor the day of the statement naming it makes another
        Event bombing = only(facts, e -> e.subtype() != EventSubtype.ARRESTS, "one bombing");
        assertEquals("1974-09-13", bombing.date(), describe(facts));
        assertEquals(13, bombing.casualties().fatalities());
    }

    @Test
    void twoSentencesAboutOneIncidentAreOneEvent() {
        ArticleFacts facts = sitrep.process(Article.of("one", "Gunmen attacked a police post in Kidal on Monday. "
                + "The officers returned fire and troops were sent from Gao. Residents said the attack on the post "
                + "in Kidal lasted two hours."));
        assertEquals(1, facts.events().stream().filter(e -> e.findLocation()
                .map(l -> l.text().contains("Kidal")).orElse(false)).count(), describe(facts));
    }

    @Test
    void sameDayIncidentsInDifferentPlacesStayApart() {
        ArticleFacts facts = sitrep.process(new Article("two", 0, null, java.time.LocalDate.of(2024, 11, 19), null,
                List.of(), "A car bomb exploded in Mogadishu on Monday, killing five people. A car bomb exploded "
                        + "in Kismayo on Monday, killing three people.", null, null, List.of()));
        assertEquals(2, facts.events().size(), describe(facts));
        assertEquals(List.of(5, 3), facts.events().stream().map(e -> e.casualties().fatalities()).toList());
        assertEquals(facts.events().get(0).date(), facts.events().get(1).date(), "the same day");
    }

    @Test
    void victimsListedByGroupAreOneSummedToll() {
        ArticleFacts facts = sitrep.process(Article.of("listed", "Gunmen killed two soldiers, one policeman and three "
                + "civilians in an attack on a checkpoint near Kidal on Monday. The attackers fled on motorbikes."));
        assertSpansInBody(facts);
        Event attack = only(facts, e -> true, "one attack");
        assertEquals(6, attack.casualties().fatalities(), describe(facts));
        TollFigure sum = attack.figures().stream().filter(f -> f.count() == TollFigure.Count.KILLED).findFirst()
                .orElseThrow();
        assertEquals("two soldiers, one policeman and three civilians", sum.span().of(facts.article().text()));
        Event odesa = only(sitrep.process(Article.of("two", "A missile strike on Odesa left 10 dead and 55 wounded.")),
                e -> true, "one strike");
        assertEquals(10, odesa.casualties().fatalities(), "the wounded are not added to the dead");
        assertEquals(55, odesa.casualties().injured());
    }

    @Test
    void partOfATollIsNoTollOfItsOwn() {
        ArticleFacts facts = sitrep.process(Article.of("part", "A bomb exploded in a crowded cafe in Madrid on Friday, "
                + "killing 12 people and wounding 71. Two of the 12 initially killed were police officers."));
        Event bombing = only(facts, e -> true, "one bombing");
        assertEquals(12, bombing.casualties().fatalities(), describe(facts));
        assertTrue(bombing.figures().stream().noneMatch(f -> f.value() == 2), bombing.figures().toString());
    }

    @Test
    void hazardsAndAccidentsGiveNoConflictEvent() {
        for (String text : List.of("A magnitude 6.8 earthquake struck southern Morocco, killing more than 2,000 people.",
                "A bus crashed into a ravine in Peru on Sunday, killing 24 passengers.",
                "A fire broke out in a textile factory in Dhaka, killing 9 workers.",
                "Floods swept through villages in Bahia state, and at least 12 people died.")) {
            assertEquals(List.of(), sitrep.process(Article.of("hazard", text)).events(), text);
        }
    }

    @Test
    void strategicDevelopmentsWithoutViolence() {
        assertEquals(EventSubtype.HEADQUARTERS_OR_BASE_ESTABLISHED, subtypeOf(
                "Al-Shabaab militants set up a camp in the forest near Jilib."));
        assertEquals(EventSubtype.CHANGE_TO_GROUP_ACTIVITY, subtypeOf(
                "Around 40 Boko Haram fighters surrendered to the army in Bama with their weapons."));
        assertEquals(EventSubtype.NON_VIOLENT_TRANSFER_OF_TERRITORY, subtypeOf(
                "Rebels took over the town of Kitchanga after the army pulled out without a fight."));
        assertEquals(EventSubtype.NON_STATE_ACTOR_OVERTAKES_TERRITORY, subtypeOf(
                "Rebels took over the town of Kitchanga after fierce fighting with the army."));
        assertEquals(EventSubtype.DISRUPTED_WEAPONS_USE, subtypeOf(
                "Police seized a cache of weapons and explosives from a hideout in Mosul."));
        assertEquals(EventSubtype.LOOTING_PROPERTY_DESTRUCTION, subtypeOf(
                "Militants destroyed a telecommunications mast in Mandera overnight."));
        assertEquals(EventSubtype.OTHER, subtypeOf("A mass grave containing 20 bodies was discovered near Izium."));
    }

    /** Who takes ground decides the sub-type, whatever the verb; guns seized by police are disrupted weapons use. */
    @Test
    void theTakerOfGroundDecidesTerritoryAndSeizedGunsAreDisruptedWeaponsUse() {
        assertEquals(EventSubtype.GOVERNMENT_REGAINS_TERRITORY, subtypeOf(
                "Iraqi soldiers captured the village of Tal Abtah from Islamic State fighters on Monday."));
        assertEquals(EventSubtype.NON_STATE_ACTOR_OVERTAKES_TERRITORY, subtypeOf(
                "Islamic State fighters recaptured the village of Tal Abtah from Iraqi soldiers on Monday."));
        assertEquals(EventSubtype.DISRUPTED_WEAPONS_USE, subtypeOf(
                "Police in Durban seized four pistols and 90 rounds of ammunition during a search of a tavern."));
        assertEquals(List.of(), sitrep.process(Article.of("drugs",
                "Police in Durban seized 30 kilogrammes of cannabis during a search of a tavern.")).events());
    }

    private static EventSubtype subtypeOf(String text) {
        return only(sitrep.process(Article.of("one", text)), e -> true, text).subtype();
    }

    @Test
    void textWithoutIncidentsGivesNoEvents() {
        for (String text : List.of("", " ", "\r\n\r\n", "NATO allies will discuss how to strike a deal.",
                "Riot police stood by. The ministry said it would not attack anyone.", "😀 “quoted” x")) {
            ArticleFacts facts = sitrep.process(Article.of("odd", text));
            assertEquals(List.of(), facts.events(), text);
            assertEquals(facts.relations(), sitrep.process(Article.of("odd", text)).relations());
        }
    }

    /** The learned typer finds incidents in sentences no rule reads, with the word that tells it as trigger. */
    @Test
    void theTyperFindsIncidentsTheRulesMiss() {
        ArticleFacts facts = sitrep.process(Article.of("unread", "Government aircraft dropped canisters of chlorine gas"
                + " on the rebel-held town of Kafr Zita on Tuesday, residents said."));
        assertSpansInBody(facts);
        Event chemical = only(facts, e -> true, "one chemical attack");
        assertEquals(EventSubtype.CHEMICAL_WEAPON, chemical.subtype(), describe(facts));
        assertEquals("Kafr Zita", chemical.location().name());
        assertTrue(chemical.confidence() > 0.5, describe(facts));
        String trigger = chemical.triggers().get(0).of(facts.article().text());
        assertTrue(List.of("dropped", "chlorine", "gas", "canisters", "aircraft").contains(trigger), trigger);
    }

    /** Figurative fights, strikes and blasts in politics, business and sport are no events. */
    @Test
    void figurativeViolenceIsNoEvent() {
        for (String text : List.of(
                "The senator has been battling the governor over the state budget for months.",
                "The striker's late shot hit the post as City fought back to draw 2-2 with United.",
                "Shareholders attacked the proposed merger at Tuesday's meeting, calling the price a blow to investors.")) {
            assertEquals(List.of(), sitrep.process(Article.of("figurative", text)).events(), text);
        }
    }
}
