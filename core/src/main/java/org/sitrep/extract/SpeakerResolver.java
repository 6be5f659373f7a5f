package org.sitrep.extract;

import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Attribution;
import org.sitrep.model.Attributions;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the quote finder's statements into quotes with their speakers: the words naming the source at the cue are
 * resolved to an entity of the article. A name resolves to its entity ("Kremlin spokesman Dmitry Peskov" to
 * Peskov, whose name is the head); "he" and "she" to the nearest named person of that gender before them, the one
 * who spoke or opened the sentence first; "it" and "they" to the nearest organisation, country or group that spoke;
 * "who" and "which" to the noun phrase they hang on; a role ("the spokesman", "NATO's new chief") to the person
 * named with that title, else the last person who spoke; other descriptions ("the ministry") to an organisation
 * whose name has that head word, else to the fullest description with that head used earlier ("foreign ministry").
 * Sources that name no actor ("sources", "a poll") keep their words as the speaker's name.
 */
public final class SpeakerResolver {

    private static final Set<String> ROLES = words(
            "spokesman spokeswoman spokesperson president minister chief head leader secretary "
            + "secretary-general chancellor envoy ambassador commander governor mayor premier senator "
            + "candidate nominee director chairman chairwoman chair king queen prince pope prosecutor ceo "
            + "founder emir monarch");
    private static final Set<String> MALE_TITLES = words(
            "mr mr. sir lord king prince father brother");
    private static final Set<String> FEMALE_TITLES = words(
            "mrs mrs. ms ms. miss madam lady queen princess dame sister mother");
    private static final Set<String> MALE_NAMES = words(
            "donald joe barack bill george vladimir volodymyr dmitry sergei sergey mark john james michael "
            + "david robert mike ted bernie tim paul chris jeb marco rudy newt eric jim tom kevin mitch chuck "
            + "lindsey rand ben scott josh jeff keith antony lloyd jake emmanuel olaf boris rishi keir xi recep "
            + "benjamin ali mohammed muhammad ahmed abdel bashar hassan josep jens charles justin narendra "
            + "shinzo fumio andrzej viktor alexander alexei andriy oleksandr dmytro yuri mikhail nikolai ivan "
            + "igor oleg valery kirill ramzan yevgeny peter richard thomas william matthew steve stephen "
            + "anthony daniel andrew brian gary ron rick jerry harry henry jack reince sean corey roger steven "
            + "frank martin patrick colin dick al mitt ronald jimmy lyndon gerald franklin abraham elon jared "
            + "kenneth larry jon joseph dan greg pat mohammad javad hamid yahya ismail mahmoud khalid omar "
            + "ilham nikol luis carlos jose juan pedro jair javier");
    private static final Set<String> FEMALE_NAMES = words(
            "hillary melania ivanka nancy kamala angela theresa ursula liz elizabeth mary michelle sarah "
            + "kellyanne condoleezza madeleine susan samantha nikki elise marjorie lauren tulsi amy kirsten "
            + "dianne barbara maria anna anne kaja annalena giorgia marine jacinda sanna julia yulia olena "
            + "iryna valentina ella catherine kate jill laura hannah karen linda patricia jennifer jessica "
            + "emily emma rachel rebecca lisa sandra donna carol debbie deborah janet heidi kelly megyn loretta "
            + "huma cheryl christine ruth sonia elena chelsea alicia ava claudia tsai benazir indira golda aung "
            + "ilhan alexandria rashida pramila katie gretchen kristi nicola penny priti suella kemi yvette "
            + "diane harriet");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we");
    /** A possessive holder ("his adulation of Putin") refers as its personal pronoun does. */
    private static final Map<String, String> POSSESSIVES = Map.of("his", "he", "her", "she", "its", "it",
            "their", "they", "our", "we", "my", "i");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");

    private static Set<String> words(String spaced) {
        return Set.copyOf(List.of(spaced.trim().split("\\s+")));
    }

    /** The quotes of {@code doc}: its statements, each with its speaker resolved against {@code entities}. */
    public List<Quote> resolve(AnnotatedArticle doc, List<Entity> entities, Attributions statements) {
        Resolution r = new Resolution(doc, entities, statements.attributions());
        List<Quote> quotes = new ArrayList<>();
        for (Attribution a : statements.attributions()) {
            Speaker speaker = r.speaker(a);
            String text = doc.text();
            quotes.add(new Quote(a.content(), a.content().of(text), a.direct(), a.cue(), a.cue().of(text), speaker));
        }
        return quotes;
    }

    private enum Gender { MALE, FEMALE, UNKNOWN }

    /** A resolved speaker, remembered for the pronouns after it. */
    private record Resolved(Span cue, String name, Entity entity, boolean plural) {
    }

    private record Placed(Span span, Entity entity) {
    }

    /** The state of resolving one article's speakers. */
    private static final class Resolution {
        private final AnnotatedArticle doc;
        private final String text;
        private final List<Token> tokens;
        private final List<Placed> mentions = new ArrayList<>();
        private final Map<String, Gender> genders = new HashMap<>();
        private final Map<String, Set<String>> titles = new HashMap<>();
        private final List<Span> quoted = new ArrayList<>();
        private final List<Resolved> resolved = new ArrayList<>();

        Resolution(AnnotatedArticle doc, List<Entity> entities, List<Attribution> statements) {
            this.doc = doc;
            this.text = doc.text();
            this.tokens = doc.tokens();
            for (Attribution a : statements) {
                if (a.direct()) {
                    quoted.add(a.content());
                }
            }
            for (Entity e : entities) {
                Set<String> words = new HashSet<>();
                Gender gender = Gender.UNKNOWN;
                for (Mention m : e.mentions()) {
                    mentions.add(new Placed(m.span(), e));
                    if (e.type() == EntityType.PERSON) {
                        words.addAll(titleWords(m.span()));
                    }
                }
                if (e.type() == EntityType.PERSON) {
                    gender = gender(e, words);
                }
                genders.put(e.id(), gender);
                titles.put(e.id(), words);
            }
            mentions.sort((a, b) -> a.span().compareTo(b.span()));
        }

        Speaker speaker(Attribution a) {
            if (a.source() == null) {
                return null;
            }
            Span source = a.source();
            Resolved r = resolve(a.cue(), source);
            if (r == null) {
                return null;
            }
            resolved.add(r);
            return new Speaker(r.name(), r.entity() == null ? null : r.entity().id(), source, source.of(text));
        }

        private Resolved resolve(Span cue, Span source) {
            List<Integer> words = tokensIn(source);
            if (words.isEmpty()) {
                return null;
            }
            int head = words.get(words.size() - 1);
            String headWord = lower(head);
            // A name: the entity whose mention holds the head, else a person named inside.
            Entity named = entityAt(tokens.get(head).span());
            if (named == null) {
                for (int t : words) {
                    Entity e = entityAt(tokens.get(t).span());
                    if (e != null && e.type() == EntityType.PERSON) {
                        named = e;
                    }
                }
            }
            if (named != null) {
                return new Resolved(cue, named.name(), named, false);
            }
            if (words.size() == 1 && pos(head).startsWith("PRP")) {
                return pronoun(cue, source, headWord);
            }
            if (words.size() == 1 && RELATIVES.contains(headWord)) {
                return relative(cue, head);
            }
            return description(cue, source, words, head);
        }

        private Resolved pronoun(Span cue, Span source, String pronoun) {
            String surface = source.of(text);
            switch (POSSESSIVES.getOrDefault(pronoun, pronoun)) {
                case "he", "she" -> {
                    Gender g = pronoun.equals("he") ? Gender.MALE : Gender.FEMALE;
                    Entity e = nearestPerson(source.start(), g);
                    return e == null ? new Resolved(cue, surface, null, false) : new Resolved(cue, e.name(), e, false);
                }
                case "it", "they" -> {
                    boolean plural = pronoun.equals("they");
                    Resolved r = nearestGroup(source.start(), plural);
                    return r == null ? new Resolved(cue, surface, null, plural)
                            : new Resolved(cue, r.name(), r.entity(), plural);
                }
                default -> {
                    return new Resolved(cue, surface, null, PLURAL_PRONOUNS.contains(pronoun));
                }
            }
        }

        /** "Rutte, who ...": the noun phrase a relative pronoun hangs on. */
        private Resolved relative(Span cue, int rel) {
            int j = rel - 1;
            while (j >= 0 && (lower(j).equals(",") || isQuoteMark(j))) {
                j--;
            }
            if (j < 0) {
                return null;
            }
            Span target = tokens.get(j).span();
            Entity e = entityAt(target);
            if (e != null) {
                return new Resolved(cue, e.name(), e, false);
            }
            if (pos(j).startsWith("NN")) {
                int k = j;
                while (k - 1 >= 0 && (pos(k - 1).startsWith("NN") || pos(k - 1).startsWith("JJ")
                        || pos(k - 1).equals("POS") || pos(k - 1).equals("DT"))) {
                    k--;
                    if (pos(k).equals("DT")) {
                        break;
                    }
                }
                List<Integer> words = new ArrayList<>();
                for (int t = k; t <= j; t++) {
                    words.add(t);
                }
                return description(cue, new Span(tokens.get(k).span().start(), target.end()), words, j);
            }
            return null;
        }

        private Resolved description(Span cue, Span source, List<Integer> words, int head) {
            String headWord = lower(head);
            String lemma = lemma(head);
            boolean plural = pos(head).equals("NNS") || pos(head).equals("NNPS");
            boolean definite = lower(words.get(0)).equals("the") || words.stream().anyMatch(t -> pos(t).equals("POS"));
            String display = withoutArticle(source.of(text));
            if (!plural && definite && ROLES.contains(headWord)) {
                Entity titled = titledPerson(source.start(), words);
                if (titled != null) {
                    return new Resolved(cue, titled.name(), titled, false);
                }
                for (int k = resolved.size() - 1; k >= 0; k--) {
                    Resolved r = resolved.get(k);
                    if (r.entity() != null && r.entity().type() == EntityType.PERSON) {
                        return new Resolved(cue, r.entity().name(), r.entity(), false);
                    }
                }
                return new Resolved(cue, display, null, false);
            }
            if (definite && !plural) {
                Entity org = organisationNamed(source.start(), headWord);
                if (org != null) {
                    return new Resolved(cue, org.name(), org, false);
                }
                String earlier = fullestEarlier(source.start(), lemma);
                if (earlier != null && earlier.length() > display.length()) {
                    return new Resolved(cue, earlier, null, false);
                }
            }
            return new Resolved(cue, display, null, plural);
        }

        /** The person last named with a title word of {@code words} ("spokesman"), before {@code offset}. */
        private Entity titledPerson(int offset, List<Integer> words) {
            Entity best = null;
            int bestStart = -1;
            for (Placed p : mentions) {
                if (p.span().start() >= offset) {
                    break;
                }
                if (p.entity().type() != EntityType.PERSON) {
                    continue;
                }
                Set<String> t = titles.get(p.entity().id());
                int head = words.get(words.size() - 1);
                if (t.contains(lower(head)) && p.span().start() > bestStart) {
                    best = p.entity();
                    bestStart = p.span().start();
                }
            }
            return best;
        }

        /** The organisation last named before {@code offset} whose name holds {@code head} ("committee"). */
        private Entity organisationNamed(int offset, String head) {
            Entity best = null;
            for (Placed p : mentions) {
                if (p.span().start() >= offset) {
                    break;
                }
                EntityType type = p.entity().type();
                if ((type == EntityType.ORG || type == EntityType.MISC)
                        && List.of(p.entity().name().toLowerCase(Locale.ROOT).split("\\s+")).contains(head)) {
                    best = p.entity();
                }
            }
            return best;
        }

        /** The longest noun phrase with the head lemma {@code lemma} before {@code offset}, without its article. */
        private String fullestEarlier(int offset, String lemma) {
            String best = null;
            for (int t = 0; t < tokens.size() && tokens.get(t).span().end() <= offset; t++) {
                if (!pos(t).startsWith("NN") || !lemma(t).equals(lemma) || inQuote(tokens.get(t).span())) {
                    continue;
                }
                if (t + 1 < tokens.size() && pos(t + 1).startsWith("NN")) {
                    continue; // not the head
                }
                int k = t;
                while (k - 1 >= 0 && (pos(k - 1).startsWith("NN") || pos(k - 1).startsWith("JJ")
                        || pos(k - 1).equals("POS"))) {
                    k--;
                }
                String np = text.substring(tokens.get(k).span().start(), tokens.get(t).span().end());
                if (best == null || np.length() > best.length()) {
                    best = np;
                }
            }
            return best == null ? null : withoutArticle(best);
        }

        /**
         * The person a "he" or "she" at {@code offset} refers to: going back sentence by sentence, the last person of
         * that gender who spoke in the sentence, else the first one named in it outside quotations.
         */
        private Entity nearestPerson(int offset, Gender gender) {
            int s = sentenceAt(offset);
            for (int si = s; si >= 0 && si >= s - 8; si--) {
                Sentence sentence = doc.sentences().get(si);
                Entity spoke = null;
                for (Resolved r : resolved) {
                    if (r.entity() != null && r.entity().type() == EntityType.PERSON
                            && sentence.span().contains(r.cue())
                            && r.cue().start() < offset && compatible(r.entity(), gender)) {
                        spoke = r.entity();
                    }
                }
                if (spoke != null) {
                    return spoke;
                }
                for (Placed p : mentions) {
                    if (p.span().start() >= offset || p.span().start() >= sentence.span().end()) {
                        break;
                    }
                    if (p.span().start() >= sentence.span().start() && p.entity().type() == EntityType.PERSON
                            && !inQuote(p.span()) && compatible(p.entity(), gender)
                            && (si < s || opensClause(sentence, p.span()))) {
                        return p.entity();
                    }
                }
            }
            return null;
        }

        /**
         * What an "it" or "they" refers to: the last group that spoke, else the subject of the sentence before when
         * it is no person and agrees in number ("The ad ... It also mentions"), else the last organisation or country
         * named.
         */
        private Resolved nearestGroup(int offset, boolean plural) {
            int s = sentenceAt(offset);
            for (int si = s; si >= 0 && si >= s - 6; si--) {
                Sentence sentence = doc.sentences().get(si);
                Resolved spoke = null;
                for (Resolved r : resolved) {
                    boolean group = r.entity() == null ? r.plural() == plural
                            : r.entity().type() != EntityType.PERSON;
                    if (sentence.span().contains(r.cue()) && r.cue().start() < offset && group) {
                        spoke = r;
                    }
                }
                if (spoke != null) {
                    return spoke;
                }
                if (si == s - 1) {
                    Resolved subject = groupSubject(sentence, plural);
                    if (subject != null) {
                        return subject;
                    }
                }
                for (Placed p : mentions) {
                    if (p.span().start() >= offset || p.span().start() >= sentence.span().end()) {
                        break;
                    }
                    EntityType type = p.entity().type();
                    if (p.span().start() >= sentence.span().start() && !inQuote(p.span())
                            && (type == EntityType.ORG || (plural && type == EntityType.NORP)
                            || (!plural && type == EntityType.GPE))) {
                        return new Resolved(null, p.entity().name(), p.entity(), plural);
                    }
                }
            }
            return null;
        }

        /**
         * Whether a name stands where a subject does: no preposition or participle before it in its sentence. In the
         * pronoun's own sentence only such a name is taken ("Campaigning against Romney, he said" is not Romney).
         */
        private boolean opensClause(Sentence sentence, Span mention) {
            int end = mention.start();
            for (int t = sentence.firstToken(); t < tokens.size() && tokens.get(t).span().end() <= end; t++) {
                String pos = pos(t);
                if (pos.equals("IN") || pos.equals("TO") || pos.equals("VBG") || pos.equals("VBN")
                        || pos.equals("VBD") || pos.equals("VBZ") || isQuoteMark(t)) {
                    return false;
                }
            }
            return true;
        }

        /** The subject of a sentence when it names a group or a thing of the given number, or null. */
        private Resolved groupSubject(Sentence sentence, boolean plural) {
            int k = sentence.firstToken();
            int end = sentence.endToken();
            while (k < end && (isQuoteMark(k) || pos(k).equals("CC") || pos(k).startsWith("RB"))) {
                k++;
            }
            int first = k;
            int head = -1;
            boolean and = false;
            while (k < end && (pos(k).startsWith("NN") || pos(k).startsWith("JJ") || pos(k).equals("DT")
                    || pos(k).equals("POS") || pos(k).equals("PRP$") || pos(k).equals("CD")
                    || (lower(k).equals("and") && head >= 0))) {
                if (pos(k).startsWith("NN")) {
                    head = k;
                }
                and |= lower(k).equals("and");
                k++;
            }
            if (head < 0 || k >= end || !(pos(k).startsWith("VB") || pos(k).equals("MD"))) {
                return null;
            }
            Entity e = entityAt(tokens.get(head).span());
            if (e != null && e.type() == EntityType.PERSON) {
                return null;
            }
            boolean isPlural = and || pos(head).equals("NNS") || pos(head).equals("NNPS");
            if (isPlural != plural) {
                return null;
            }
            if (e != null) {
                return new Resolved(null, e.name(), e, plural);
            }
            Span np = new Span(tokens.get(first).span().start(), tokens.get(head).span().end());
            return new Resolved(null, withoutArticle(np.of(text)), null, plural);
        }

        private boolean compatible(Entity e, Gender gender) {
            Gender known = genders.getOrDefault(e.id(), Gender.UNKNOWN);
            return known == Gender.UNKNOWN || known == gender;
        }

        private static Gender gender(Entity e, Set<String> titleWords) {
            for (String w : titleWords) {
                if (MALE_TITLES.contains(w)) {
                    return Gender.MALE;
                }
                if (FEMALE_TITLES.contains(w)) {
                    return Gender.FEMALE;
                }
            }
            String[] words = e.name().toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i < words.length - 1; i++) { // the given names: "Crooked Hillary Clinton" is a woman
                if (MALE_NAMES.contains(words[i])) {
                    return Gender.MALE;
                }
                if (FEMALE_NAMES.contains(words[i])) {
                    return Gender.FEMALE;
                }
            }
            return Gender.UNKNOWN;
        }

        /** The title words just before a person's mention: "Kremlin spokesman" before "Dmitry Peskov". */
        private List<String> titleWords(Span mention) {
            List<String> words = new ArrayList<>();
            int t = doc.tokenAt(mention.start()) - 1;
            for (int n = 0; n < 3 && t >= 0; n++, t--) {
                String pos = pos(t);
                if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("HYPH"))) {
                    break;
                }
                words.add(lower(t));
            }
            return words;
        }

        private Entity entityAt(Span span) {
            for (Placed p : mentions) {
                if (p.span().start() > span.start()) {
                    break;
                }
                if (p.span().contains(span)) {
                    return p.entity();
                }
            }
            return null;
        }

        private boolean inQuote(Span span) {
            for (Span q : quoted) {
                if (q.contains(span)) {
                    return true;
                }
            }
            return false;
        }

        private List<Integer> tokensIn(Span span) {
            List<Integer> in = new ArrayList<>();
            for (int t = doc.tokenAt(span.start()); t < tokens.size() && tokens.get(t).span().end() <= span.end(); t++) {
                in.add(t);
            }
            return in;
        }

        private int sentenceAt(int offset) {
            List<Sentence> sentences = doc.sentences();
            for (int s = 0; s < sentences.size(); s++) {
                if (offset < sentences.get(s).span().end()) {
                    return s;
                }
            }
            return sentences.size() - 1;
        }


        private boolean isQuoteMark(int i) {
            return QuotationMarks.isMarkToken(text, tokens.get(i).span());
        }

        private String lower(int t) {
            return tokens.get(t).word().toLowerCase(Locale.ROOT);
        }

        private String lemma(int t) {
            String lemma = tokens.get(t).lemma();
            return (lemma == null ? tokens.get(t).word() : lemma).toLowerCase(Locale.ROOT);
        }

        private String pos(int t) {
            String pos = tokens.get(t).pos();
            return pos == null ? "" : pos;
        }

        private static String withoutArticle(String np) {
            return np.replaceAll("\\s+", " ").replaceFirst("^(?i:the|a|an) ", "").trim();
        }
    }
}
