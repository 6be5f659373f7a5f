package org.sitrep.annotate;

import org.sitrep.model.EntityType;
import org.sitrep.model.NamedMention;
import org.sitrep.model.Pos;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the recogniser's token labels into name mentions with Sitrep's types. Runs of tokens with one label inside
 * a sentence are the recogniser's names; they are then mended in turn, each step a small class of hash look-ups
 * over the tokens: {@link NameBoundaries} (names joined by "and", stray brackets, loose words at the ends),
 * {@link KnownNames} (the {@link Gazetteer}), {@link NamePatterns} (datelines, company suffixes, designations,
 * quoted titles) and {@link NameConsistency} (one class for one name throughout the article). Last, CoNLL's
 * LOCATION splits into GPE (places with a government) and LOC (seas, rivers, mountains, continents), and MISC into
 * NORP (nationalities, religious and political groups) and MISC, by the gazetteer first and the name's words next.
 */
final class NameRecognizer {

    private static final Set<String> GEOGRAPHIC_FEATURES = Set.of("sea", "ocean", "river", "mountains", "mountain",
            "mount", "gulf", "bay", "strait", "straits", "lake", "valley", "peninsula", "desert", "island", "islands",
            "coast", "basin", "channel", "canal", "plateau", "hills", "range", "forest", "delta", "heights", "cape",
            "sound", "reef", "glacier", "steppe", "corridor", "pass", "front", "bank", "strip", "highlands");
    private static final Set<String> REGIONS = Set.of("europe", "asia", "africa", "america", "americas", "antarctica",
            "oceania", "arctic", "antarctic", "middle east", "near east", "far east", "balkans", "caucasus", "sahel",
            "levant", "scandinavia", "latin america", "north america", "south america", "central america",
            "central asia", "south asia", "southeast asia", "east asia", "west africa", "east africa", "north africa",
            "horn of africa", "eastern europe", "western europe", "central europe", "the west", "west", "east",
            "donbas", "donbass", "crimea", "sinai", "kashmir", "siberia", "eurasia", "pacific", "atlantic", "baltic",
            "baltics", "mediterranean", "gaza strip", "west bank", "golan heights");
    private static final Set<String> GROUP_WORDS = Set.of("muslim", "muslims", "christian", "christians", "jewish",
            "jew", "jews", "sunni", "sunnis", "shiite", "shiites", "shia", "islamist", "islamists", "republican",
            "republicans", "democrat", "democrats", "democratic", "catholic", "catholics", "orthodox", "protestant",
            "hindu", "hindus", "buddhist", "buddhists", "kurds", "kurdish", "arab", "arabs", "jihadist", "jihadists",
            "communist", "communists", "socialist", "socialists", "conservative", "conservatives", "labour",
            "liberal", "liberals", "houthi", "houthis", "alawite", "alawites", "druze", "yazidi", "yazidis");
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:an|ans|ian|ians|ean|eans|ese|ish|i|is"
            + "|ic|ch|sh|ot|ots|er|ers|ene)");

    private final Gazetteer gazetteer;
    private final NameBoundaries boundaries = new NameBoundaries();
    private final KnownNames known;
    private final NamePatterns patterns;
    private final NameConsistency consistency = new NameConsistency();

    /** A recogniser with Sitrep's gazetteer. */
    NameRecognizer() {
        this(Gazetteer.load());
    }

    NameRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.known = new KnownNames(gazetteer);
        this.patterns = new NamePatterns(gazetteer);
    }

    /** The name mentions of an article, in body order. */
    List<NamedMention> recognize(String text, List<Token> tokens, List<Sentence> sentences) {
        List<NameSpan> names = labelledRuns(tokens, sentences);
        names = boundaries.apply(text, tokens, sentences, names);
        names = known.apply(tokens, sentences, names);
        names = patterns.apply(tokens, sentences, names);
        names = consistency.apply(tokens, sentences, names);
        List<NamedMention> mentions = new ArrayList<>(names.size());
        for (NameSpan name : names) {
            int i = name.first();
            int j = name.end();
            Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
            String surface = text.substring(span.start(), span.end());
            mentions.add(new NamedMention(span, surface, type(name, surface, tokens), i, j));
        }
        return mentions;
    }

    /** The recogniser's names: runs of tokens with one label inside a sentence. */
    static List<NameSpan> labelledRuns(List<Token> tokens, List<Sentence> sentences) {
        List<NameSpan> names = new ArrayList<>();
        for (Sentence sentence : sentences) {
            int i = sentence.firstToken();
            while (i < sentence.endToken()) {
                NameClass nameClass = NameClass.ofLabel(tokens.get(i).ner());
                if (nameClass == null) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < sentence.endToken() && tokens.get(j).ner().equals(tokens.get(i).ner())) {
                    j++;
                }
                names.add(new NameSpan(i, j, nameClass));
                i = j;
            }
        }
        return names;
    }

    /** Sitrep's type for a name: the gazetteer's when it knows the name in the name's class, else by its words. */
    private EntityType type(NameSpan name, String surface, List<Token> tokens) {
        Optional<Gazetteer.Kind> kind = gazetteer.find(tokens, name.first(), name.end(), Casing.isAllCaps(surface));
        if (kind.isPresent() && kind.get().nameClass == name.nameClass()) {
            return kind.get().type;
        }
        return type(name.nameClass(), surface, tokens.subList(name.first(), name.end()));
    }

    /** Sitrep's type for a name of class {@code nameClass} covering {@code run}, by its words. */
    static EntityType type(NameClass nameClass, String surface, List<Token> run) {
        return switch (nameClass) {
            case PERSON -> EntityType.PERSON;
            case ORG -> EntityType.ORG;
            case LOCATION -> isGeographicFeature(surface) ? EntityType.LOC : EntityType.GPE;
            case MISC -> isGroup(surface, run) ? EntityType.NORP : EntityType.MISC;
        };
    }

    static boolean isGeographicFeature(String surface) {
        String lower = surface.toLowerCase(Locale.ROOT);
        if (REGIONS.contains(lower) || REGIONS.contains(lower.replaceFirst("^the ", ""))) {
            return true;
        }
        String[] words = lower.split("\\s+");
        return GEOGRAPHIC_FEATURES.contains(words[words.length - 1])
                || (words.length > 1 && GEOGRAPHIC_FEATURES.contains(words[0]));
    }

    static boolean isGroup(String surface, List<Token> run) {
        String lower = surface.toLowerCase(Locale.ROOT);
        if (GROUP_WORDS.contains(lower)) {
            return true;
        }
        if (run.size() > 2) {
            return false;
        }
        Token last = run.get(run.size() - 1);
        boolean adjectiveOrPlural = last.is(Pos.JJ) || last.is(Pos.NNPS) || last.is(Pos.NNS)
                || last.is(Pos.NNP);
        return adjectiveOrPlural && DEMONYM.matcher(last.word()).matches();
    }
}
