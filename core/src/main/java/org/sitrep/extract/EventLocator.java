package org.sitrep.extract;

import org.sitrep.WordLists;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.EntityType;
import org.sitrep.model.Location;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Pos;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where an incident happened, read from the place names of the clause reporting it: the most specific one ("a
 * dormitory in the town of Glukhiv" over "in Sumy"), with the region it names as {@code admin1}; failing a name,
 * an unnamed place ("in the border region"). The one place the places stage will plug into: until then a location
 * is its name as written, with no country and no coordinates.
 */
final class EventLocator {

    private static final Set<String> SETTLEMENT = WordLists.set("settlements");
    private static final Set<String> REGION = WordLists.set("regions");
    private static final Set<String> PLACE_PREPOSITIONS = WordLists.set("place-before");
    /** Tags of the words of an unnamed place ("the northern border region"). */
    private static final Set<Pos> UNNAMED_PLACE_WORDS = EnumSet.of(Pos.JJ, Pos.NN, Pos.VBN, Pos.HYPH);
    private static final Set<String> PLACE_NOUNS = WordLists.set("unnamed-places");

    /** The place names of {@code doc} between tokens {@code [from, to)}, in body order. */
    List<NamedMention> places(AnnotatedArticle doc, int from, int to) {
        List<NamedMention> places = new ArrayList<>();
        for (NamedMention m : doc.names()) {
            if ((m.type() == EntityType.GPE || m.type() == EntityType.LOC) && m.firstToken() >= from
                    && m.endToken() <= to && !speaks(doc, m)) {
                places.add(m);
            }
        }
        return places;
    }

    /** Whether the place is named as a speaker ("Kyiv said"), an owner ("Russia's") or a source. */
    private static boolean speaks(AnnotatedArticle doc, NamedMention m) {
        List<Token> tokens = doc.tokens();
        int j = m.endToken();
        if (j < tokens.size()) {
            String next = tokens.get(j).lemma().toLowerCase(Locale.ROOT);
            if (SPEECH.contains(next) || next.equals("'s") || next.equals("’s")) {
                return true;
            }
            if ((tokens.get(j).isVerb() || tokens.get(j).is(Pos.MD)) && (m.firstToken() == 0
                    || !PLACE_PREPOSITIONS.contains(
                    tokens.get(m.firstToken() - 1).word().toLowerCase(Locale.ROOT)))) {
                return true; // "Russia had launched": the actor, not the place
            }
        }
        int i = m.firstToken();
        return i >= 2 && tokens.get(i - 1).word().equalsIgnoreCase("to")
                && tokens.get(i - 2).word().equalsIgnoreCase("according");
    }

    private static final Set<String> SPEECH = WordLists.set("speech-verbs");

    /** The location of an incident reported by the given place names, or empty. */
    Optional<Location> locate(AnnotatedArticle doc, List<NamedMention> places, int from, int to) {
        if (places.isEmpty()) {
            return unnamed(doc, from, to);
        }
        NamedMention best = places.get(0);
        for (NamedMention m : places) {
            if (before(doc, m, SETTLEMENT)) {
                best = m;
                break;
            }
        }
        String admin1 = null;
        for (NamedMention m : places) {
            if (m != best && (before(doc, m, REGION) || after(doc, m, REGION))) {
                admin1 = EntityGrouper.display(m.text());
                break;
            }
        }
        return Optional.of(new Location(best.span(), best.text(), EntityGrouper.display(best.text()), null, admin1,
                null, null));
    }

    /** Whether the words right before {@code m} are "town of", "the region of" and the like. */
    private static boolean before(AnnotatedArticle doc, NamedMention m, Set<String> nouns) {
        int i = m.firstToken();
        return i >= 2 && doc.tokens().get(i - 1).word().equalsIgnoreCase("of")
                && nouns.contains(doc.tokens().get(i - 2).word().toLowerCase(Locale.ROOT));
    }

    private static boolean after(AnnotatedArticle doc, NamedMention m, Set<String> nouns) {
        int j = m.endToken();
        return j < doc.tokens().size() && nouns.contains(doc.tokens().get(j).word().toLowerCase(Locale.ROOT));
    }

    /** "in the border region", "near the front": a place the article describes without naming it. */
    private static Optional<Location> unnamed(AnnotatedArticle doc, int from, int to) {
        List<Token> tokens = doc.tokens();
        for (int i = from; i + 2 < to; i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (!(w.equals("in") || w.equals("near") || w.equals("on")) || !tokens.get(i + 1).word().equalsIgnoreCase("the")) {
                continue;
            }
            int j = i + 2;
            while (j < to && j < i + 6 && tokens.get(j).isAny(UNNAMED_PLACE_WORDS)) {
                if (PLACE_NOUNS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
                        && (j + 1 >= to || !tokens.get(j + 1).isNoun())) {
                    Span span = new Span(tokens.get(i + 1).span().start(), tokens.get(j).span().end());
                    return Optional.of(new Location(span, span.of(doc.text()), null, null, null, null, null));
                }
                j++;
            }
        }
        return Optional.empty();
    }
}
