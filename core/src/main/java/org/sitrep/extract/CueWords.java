package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that attribute a statement to a source ("said", "told", "warned", "according to"), by lemma, with
 * what each can take after it: an addressee first ("told reporters that"), a clause, a to-infinitive ("vowed to
 * defeat Ukraine"), a quotation, or a noun phrase ("called for a ceasefire").
 */
final class CueWords {

    /**
     * How a cue verb takes its content: after an addressee ("told reporters that"), as a clause, a to-infinitive, a
     * quotation, or a noun phrase; {@code quotedOnly}: only when the content holds a quotation ("called Trump a
     * "pathological liar"", but not "called a meeting").
     */
    record Frame(boolean addressee, boolean clause, boolean infinitive, boolean quotation, boolean nounPhrase,
                 boolean quotedOnly) {
        Frame(boolean addressee, boolean clause, boolean infinitive, boolean quotation, boolean nounPhrase) {
            this(addressee, clause, infinitive, quotation, nounPhrase, false);
        }
    }

    private static final Frame SPEECH = new Frame(false, true, false, true, false);
    private static final Frame SPEECH_TO = new Frame(false, true, true, true, false);
    private static final Frame TELL = new Frame(true, true, true, true, false);
    private static final Frame THOUGHT = new Frame(false, true, false, false, false);
    private static final Frame INFINITIVE = new Frame(false, false, true, false, false);
    private static final Frame OBJECT = new Frame(false, true, true, false, true);
    private static final Frame NAMING = new Frame(false, true, true, true, true, true);
    private static final Frame SPEECH_NP = new Frame(false, true, false, true, true);
    private static final Frame TOPIC = new Frame(false, false, false, false, true);
    private static final Frame STANCE = new Frame(false, true, false, true, true);
    private static final Frame THOUGHT_TO = new Frame(false, true, true, false, false);
    private static final Frame EXPECT = new Frame(true, true, true, false, false);
    private static final Frame WANT = new Frame(true, false, true, false, false);
    private static final Frame WANT_NP = new Frame(true, false, true, false, true);
    private static final Frame INFINITIVE_NP = new Frame(false, false, true, false, true);
    private static final Frame OFFER = new Frame(false, true, true, true, true);

    private static final Map<String, Frame> VERBS = Map.ofEntries(
            // Saying.
            Map.entry("say", SPEECH), Map.entry("add", SPEECH), Map.entry("state", SPEECH),
            Map.entry("claim", SPEECH_TO), Map.entry("insist", SPEECH), Map.entry("deny", SPEECH_NP),
            Map.entry("announce", SPEECH_NP), Map.entry("declare", SPEECH), Map.entry("explain", SPEECH_NP),
            Map.entry("note", SPEECH_NP), Map.entry("argue", SPEECH), Map.entry("write", SPEECH),
            Map.entry("tweet", SPEECH), Map.entry("post", SPEECH), Map.entry("report", SPEECH_NP),
            Map.entry("reiterate", SPEECH_NP), Map.entry("repeat", SPEECH_NP), Map.entry("stress", SPEECH_NP),
            Map.entry("emphasize", SPEECH_NP), Map.entry("emphasise", SPEECH_NP), Map.entry("confirm", SPEECH_NP),
            Map.entry("acknowledge", SPEECH_NP), Map.entry("admit", SPEECH), Map.entry("allege", SPEECH),
            Map.entry("assert", SPEECH), Map.entry("maintain", SPEECH), Map.entry("contend", SPEECH),
            Map.entry("suggest", SPEECH), Map.entry("predict", SPEECH_NP), Map.entry("caution", SPEECH),
            Map.entry("remark", SPEECH), Map.entry("comment", SPEECH), Map.entry("concede", SPEECH),
            Map.entry("complain", SPEECH), Map.entry("boast", SPEECH), Map.entry("joke", SPEECH),
            Map.entry("quip", SPEECH), Map.entry("observe", SPEECH), Map.entry("estimate", SPEECH),
            Map.entry("conclude", SPEECH), Map.entry("reply", SPEECH), Map.entry("respond", SPEECH),
            Map.entry("answer", SPEECH), Map.entry("retort", SPEECH), Map.entry("counter", SPEECH),
            Map.entry("recall", SPEECH), Map.entry("lament", SPEECH), Map.entry("mention", SPEECH_NP),
            Map.entry("testify", SPEECH), Map.entry("affirm", SPEECH), Map.entry("reaffirm", SPEECH),
            Map.entry("hint", SPEECH), Map.entry("imply", SPEECH), Map.entry("signal", SPEECH),
            Map.entry("speculate", SPEECH), Map.entry("reveal", SPEECH_NP), Map.entry("disclose", SPEECH_NP),
            Map.entry("charge", SPEECH), Map.entry("protest", SPEECH), Map.entry("exclaim", SPEECH),
            Map.entry("continue", new Frame(false, false, false, true, false)),
            Map.entry("chant", SPEECH), Map.entry("shout", SPEECH), Map.entry("yell", SPEECH),
            Map.entry("wonder", SPEECH), Map.entry("ask", TELL),
            Map.entry("indicate", SPEECH), Map.entry("show", SPEECH_NP), Map.entry("find", THOUGHT),
            Map.entry("warn", TELL), Map.entry("tell", TELL), Map.entry("inform", TELL), Map.entry("assure", TELL),
            Map.entry("reassure", TELL), Map.entry("remind", TELL), Map.entry("urge", TELL),
            Map.entry("advise", TELL), Map.entry("promise", SPEECH_TO), Map.entry("pledge", SPEECH_TO),
            Map.entry("vow", SPEECH_TO), Map.entry("threaten", SPEECH_TO), Map.entry("demand", SPEECH_NP),
            Map.entry("agree", SPEECH_TO), Map.entry("refuse", INFINITIVE_NP), Map.entry("decline", INFINITIVE_NP),
            Map.entry("propose", SPEECH_NP), Map.entry("recommend", SPEECH_NP), Map.entry("proclaim", SPEECH),
            Map.entry("scold", TELL), Map.entry("exhort", TELL), Map.entry("implore", TELL), Map.entry("beg", TELL),
            Map.entry("plead", SPEECH), Map.entry("tout", SPEECH), Map.entry("muse", SPEECH),
            Map.entry("sing", SPEECH), Map.entry("reject", SPEECH_NP), Map.entry("question", SPEECH_NP),
            Map.entry("cite", SPEECH_NP), Map.entry("underscore", SPEECH_NP), Map.entry("highlight", SPEECH_NP),
            // Naming and judging, when the words are quoted: "called Trump a "pathological liar"".
            Map.entry("call", NAMING), Map.entry("brand", NAMING), Map.entry("label", NAMING),
            Map.entry("dub", NAMING), Map.entry("describe", STANCE), Map.entry("term", NAMING),
            Map.entry("deride", NAMING), Map.entry("denounce", STANCE), Map.entry("hail", NAMING),
            Map.entry("praise", STANCE), Map.entry("laud", NAMING), Map.entry("liken", NAMING),
            Map.entry("portray", NAMING), Map.entry("accuse", NAMING), Map.entry("blast", NAMING),
            Map.entry("slam", NAMING), Map.entry("attack", NAMING), Map.entry("condemn", STANCE),
            Map.entry("criticize", STANCE), Map.entry("criticise", STANCE), Map.entry("mock", NAMING),
            Map.entry("ridicule", NAMING), Map.entry("dismiss", NAMING), Map.entry("blame", NAMING),
            // Thinking, reported as the source's view.
            Map.entry("believe", THOUGHT), Map.entry("think", THOUGHT), Map.entry("hope", THOUGHT_TO),
            Map.entry("fear", THOUGHT), Map.entry("expect", EXPECT), Map.entry("feel", THOUGHT),
            Map.entry("know", THOUGHT), Map.entry("worry", THOUGHT), Map.entry("doubt", THOUGHT),
            Map.entry("understand", THOUGHT), Map.entry("learn", THOUGHT),
            Map.entry("suspect", THOUGHT), Map.entry("figure", THOUGHT), Map.entry("guess", THOUGHT),
            Map.entry("reckon", THOUGHT), Map.entry("recognize", THOUGHT), Map.entry("recognise", THOUGHT),
            // Taking a stance on a noun phrase: "endorsed Clinton", "opposed the deal".
            Map.entry("endorse", STANCE), Map.entry("oppose", STANCE), Map.entry("applaud", STANCE),
            Map.entry("welcome", STANCE), Map.entry("support", STANCE), Map.entry("back", STANCE),
            Map.entry("favor", STANCE), Map.entry("favour", STANCE), Map.entry("discuss", STANCE),
            Map.entry("defend", STANCE), Map.entry("resent", STANCE),
            Map.entry("admire", STANCE), Map.entry("despise", STANCE), Map.entry("embrace", STANCE),
            Map.entry("champion", STANCE), Map.entry("lambaste", STANCE),
            Map.entry("downplay", STANCE), Map.entry("dispute", STANCE), Map.entry("refute", STANCE),
            Map.entry("rebut", STANCE), Map.entry("invoke", STANCE),
            Map.entry("reference", STANCE), Map.entry("decry", STANCE),
            Map.entry("deplore", STANCE), Map.entry("bemoan", STANCE), Map.entry("chastise", STANCE),
            Map.entry("rebuke", STANCE), Map.entry("berate", STANCE), Map.entry("castigate", STANCE),
            Map.entry("excoriate", STANCE), Map.entry("assail", STANCE), Map.entry("fault", STANCE),
            Map.entry("pooh-pooh", STANCE), Map.entry("belittle", STANCE), Map.entry("disparage", STANCE),
            // Intending, reported as the source's aim: "plans to", "wants Congress to".
            Map.entry("want", WANT_NP), Map.entry("plan", INFINITIVE), Map.entry("intend", INFINITIVE),
            Map.entry("aim", INFINITIVE), Map.entry("wish", WANT_NP),
            Map.entry("prefer", INFINITIVE), Map.entry("decide", THOUGHT_TO),
            Map.entry("seek", INFINITIVE_NP), Map.entry("like", WANT), Map.entry("love", WANT),
            Map.entry("hate", WANT), Map.entry("vote", INFINITIVE),
            Map.entry("offer", OFFER), Map.entry("volunteer", INFINITIVE), Map.entry("hesitate", INFINITIVE),
            Map.entry("choose", INFINITIVE), Map.entry("opt", INFINITIVE), Map.entry("resolve", INFINITIVE),
            Map.entry("strive", INFINITIVE), Map.entry("endeavor", INFINITIVE), Map.entry("endeavour", INFINITIVE),
            Map.entry("encourage", TELL));

    /** Cue verbs with a particle, and the frame they take: "called for", "called on", "pointed out". */
    private static final Map<String, Frame> PHRASAL = Map.of(
            "call for", OBJECT, "call on", TELL, "call upon", TELL, "point out", SPEECH,
            "warn of", OBJECT, "warn against", OBJECT, "lash out", SPEECH);

    /** Cue verbs with a preposition that takes the topic or the cause argued: "spoke about", "pushed for". */
    private static final Map<String, Frame> TOPICAL = Map.ofEntries(
            Map.entry("talk about", TOPIC), Map.entry("speak about", TOPIC), Map.entry("speak of", TOPIC),
            Map.entry("complain about", TOPIC), Map.entry("worry about", TOPIC), Map.entry("ask about", TOPIC),
            Map.entry("warn about", TOPIC), Map.entry("comment on", TOPIC), Map.entry("boast about", TOPIC),
            Map.entry("brag about", TOPIC), Map.entry("joke about", TOPIC), Map.entry("write about", TOPIC),
            Map.entry("tweet about", TOPIC), Map.entry("argue for", TOPIC), Map.entry("push for", TOPIC),
            Map.entry("press for", TOPIC), Map.entry("plead for", TOPIC), Map.entry("advocate for", TOPIC),
            Map.entry("rail against", TOPIC), Map.entry("speak against", TOPIC), Map.entry("argue against", TOPIC),
            Map.entry("point to", TOPIC), Map.entry("ask for", TOPIC),
            Map.entry("apologize for", TOPIC), Map.entry("apologise for", TOPIC), Map.entry("vote against", TOPIC),
            Map.entry("vote for", TOPIC), Map.entry("campaign for", TOPIC), Map.entry("campaign against", TOPIC),
            Map.entry("lay out", TOPIC));

    private static final Set<String> PARTICLES = Set.of("for", "on", "upon", "out", "of", "against", "about", "to",
            "in");

    private CueWords() {
    }

    /** The frame of a verb outside the lexicon that takes a that-clause ("learned that", "conceded that"). */
    static final Frame THAT_CLAUSE = new Frame(false, true, false, false, false);

    /** Verbs whose that-clause reports nothing anyone said or thought. */
    private static final Set<String> NO_CUE = Set.of("be", "mean", "ensure", "make", "so", "given", "provide",
            "require", "seem", "appear", "happen", "assume", "suppose", "matter", "prove", "do", "have", "get", "give",
            "see", "notice", "hear", "realize", "realise", "order", "guarantee", "imply");

    /** Whether a verb's that-clause is no statement ("means that", "ensure that"). */
    static boolean isNoCue(String lemma) {
        return NO_CUE.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Nouns that name a statement, belief or intention and take its content as a that-clause ("Trump's claim that
     * ...", "the view that ...") or a to-infinitive ("his plan to ...").
     */
    private static final Set<String> NOUNS = Set.of("claim", "belief", "view", "assertion", "argument",
            "allegation", "statement", "warning", "promise", "pledge", "vow", "suggestion", "insistence", "contention",
            "charge", "accusation", "assurance", "announcement", "admission", "acknowledgment", "acknowledgement",
            "prediction", "expectation", "hope", "fear", "concern", "worry", "conviction", "notion", "idea", "opinion",
            "position", "theory", "speculation", "report", "reports", "rumor", "rumour", "suspicion", "complaint",
            "message", "declaration", "plan", "intention", "threat", "demand", "call", "proposal", "decision",
            "determination", "bid", "desire", "offer", "commitment", "refusal", "finding", "conclusion", "sense",
            "impression", "feeling", "thinking", "estimate", "confidence", "doubt", "doubts", "recognition",
            "awareness", "knowledge", "effort", "push");

    /** Whether a noun is a cue taking a that-clause or to-infinitive ("the claim that", "a plan to"). */
    static boolean isNoun(String lemma) {
        return NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Nouns naming a stance, statement or feeling, with the prepositions that take what it is about: "criticism of",
     * "questions about", "a staunch opponent of", "the case for", "his record on".
     */
    private static final Map<String, Set<String>> STANCE_NOUNS = stances(
            "criticism of,for,over,about", "critic of", "opponent of", "proponent of", "advocate of,for",
            "champion of", "defender of", "supporter of", "backer of", "fan of", "skeptic of", "foe of",
            "support for,of", "opposition to", "praise for,of", "condemnation of", "adulation of",
            "endorsement of", "allegation of,about,against",
            "claim of,about", "accusation of,against", "charge of,against", "theory of,about", "view on,about",
            "views on,about", "position on", "stance on", "record on", "case for,against", "call for", "plan for",
            "proposal for", "demand for", "hope of,for", "fear of,about,over", "concern about,over,for",
            "worry about,over", "doubt about,over", "question about,over,on", "misgiving about", "reservation about",
            "objection to", "complaint about,over,of", "skepticism about,of,over", "illusion about",
            "outrage over,at,about", "anger over,at,about", "ire for,over,at", "despair over,about",
            "frustration with,over,about", "disappointment with,over,about", "enthusiasm for,about",
            "comment on,about", "remark about,on", "rhetoric about,on", "statement on,about", "speech on,about",
            "testimony about,on", "warning of,about,against", "threat of,against", "message of,about",
            "assessment of", "estimate of", "forecast for,of", "prediction of,about", "definition of",
            "discussion of,about,on", "debate about,over,on", "answer about,on", "insistence on",
            "belief in", "faith in", "confidence in", "interest in", "obsession with", "reluctance to",
            "commitment to", "determination on", "report of,about,on", "rumor of,about", "rumour of,about",
            "implication about,of", "acknowledgment of", "acknowledgement of", "recognition of", "denial of",
            "defense of", "defence of", "embrace of", "rejection of", "dismissal of");

    /** Adjectives of stance or feeling with the prepositions that take its object: "critical of", "coy about". */
    private static final Map<String, Set<String>> STANCE_ADJECTIVES = stances(
            "critical of", "supportive of", "skeptical of,about", "sceptical of,about", "wary of,about",
            "fearful of", "proud of", "ashamed of", "aware of", "confident of,about,in", "sure of,about",
            "certain of,about", "optimistic about,on", "pessimistic about,on", "hopeful about,of",
            "worried about,over,by", "concerned about,over,by,with", "passionate about", "enthusiastic about",
            "excited about", "anxious about", "nervous about", "upset about,over,with,by",
            "angry about,at,over,with", "furious about,at,over,with", "frustrated with,by,over,about",
            "disappointed in,with,by,about", "unhappy with,about", "happy with,about", "pleased with,by,about",
            "satisfied with", "dissatisfied with", "coy about", "silent on,about", "vocal about,on",
            "outspoken about,on,in", "adamant about,on", "clear about,on", "open to", "opposed to", "hostile to,toward",
            "sympathetic to,toward", "bearish on,about", "bullish on,about", "keen on", "eager for", "grateful for,to",
            "committed to", "dismissive of", "contemptuous of", "suspicious of", "convinced of", "unsure about,of",
            "uncertain about,of", "incensed by,over,at", "outraged by,at,over", "alarmed by,at", "troubled by",
            "disturbed by", "impressed by,with", "shocked by,at", "interested in", "unconvinced by", "doubtful of,about");

    private static Map<String, Set<String>> stances(String... entries) {
        Map<String, Set<String>> map = new java.util.HashMap<>();
        for (String entry : entries) {
            int space = entry.indexOf(' ');
            map.put(entry.substring(0, space), Set.of(entry.substring(space + 1).split(",")));
        }
        return Map.copyOf(map);
    }

    /** Nouns of stance that name what someone said, so that they need no holder: "Allegations of fraud ...". */
    private static final Set<String> SPEECH_NOUNS = Set.of("allegation", "claim", "accusation", "charge",
            "criticism", "question", "report", "rumor", "rumour", "assessment", "estimate", "forecast", "prediction",
            "warning", "complaint", "demand", "call", "praise", "condemnation", "comment", "remark", "statement");

    /** Nouns of stance naming the one who holds it, so that they are no statement by themselves: "Critics of ...". */
    private static final Set<String> HOLDER_NOUNS = Set.of("critic", "opponent", "proponent", "advocate", "champion",
            "defender", "supporter", "backer", "fan", "skeptic", "foe");

    /** Whether a noun of stance names a statement, which may stand without its holder. */
    static boolean isSpeechNoun(String lemma) {
        return SPEECH_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun of stance names its holder ("critic", "supporter"). */
    static boolean isHolderNoun(String lemma) {
        return HOLDER_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Adjectives of intent that take a to-infinitive: "were willing to", "is determined to", "is loath to". */
    private static final Set<String> INTENT_ADJECTIVES = Set.of("willing", "unwilling", "eager", "determined",
            "ready", "reluctant", "keen", "prepared", "happy", "afraid", "loath", "loth", "hesitant", "anxious",
            "desperate", "inclined", "disinclined", "intent", "content", "unafraid", "adamant");

    /** Whether an adjective takes an intended act as its to-infinitive ("willing to"). */
    static boolean isIntentAdjective(String word) {
        return INTENT_ADJECTIVES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Adverbs that report a claim without naming who makes it: "he allegedly brandished a pistol". */
    private static final Set<String> HEARSAY = Set.of("allegedly", "reportedly", "purportedly", "supposedly",
            "presumably", "ostensibly", "rumoredly", "rumouredly");

    /** Whether an adverb reports its clause as someone's unnamed claim ("reportedly"). */
    static boolean isHearsay(String word) {
        return HEARSAY.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun of stance takes its object with {@code preposition} ("criticism" + "of"). */
    static boolean isStanceNoun(String lemma, String preposition) {
        Set<String> prepositions = STANCE_NOUNS.get(lemma.toLowerCase(Locale.ROOT));
        return prepositions != null && prepositions.contains(preposition.toLowerCase(Locale.ROOT));
    }

    /** Whether an adjective of stance takes its object with {@code preposition} ("critical" + "of"). */
    static boolean isStanceAdjective(String word, String preposition) {
        Set<String> prepositions = STANCE_ADJECTIVES.get(word.toLowerCase(Locale.ROOT));
        return prepositions != null && prepositions.contains(preposition.toLowerCase(Locale.ROOT));
    }

    /**
     * Cue verbs that report a judgement in the passive, its object standing as the subject: "was accused of",
     * "has been called a charlatan", "is considered", "were rated".
     */
    private static final Set<String> PASSIVE = Set.of("accuse", "call", "describe", "label", "dub", "brand", "term",
            "view", "consider", "regard", "see", "criticize", "criticise", "blame", "rate", "praise",
            "condemn", "denounce", "endorse", "rank", "deem", "judge", "hail", "portray", "characterize",
            "characterise", "echo", "second", "question", "reject", "fault", "credit", "applaud", "ridicule", "mock",
            "slam", "name", "list", "cite", "quote", "report", "rumor", "rumour", "say", "believe", "think", "know",
            "expect", "predict", "suspect", "allege", "estimate", "forecast", "project", "claim", "define", "mention",
            "treat", "announce", "confirm", "debate", "implicate", "nominate", "dismiss", "deny");

    /**
     * Passive cues that raise their subject before a to-infinitive ("is expected to", "is said to", "is rumoured
     * to"), each with whether it reports a statement only so ("was said" alone is no statement; "was suspected of"
     * is one).
     */
    private static final Map<String, Boolean> RAISED_BY_PASSIVE = Map.of("expect", true, "think", true, "say", true,
            "believe", true, "know", true, "report", true, "rumor", false, "rumour", false, "suspect", false);

    /** Passive cues whose statement needs no complement: "the curfew was announced", "the merits are debated". */
    private static final Set<String> COMPLETE_PASSIVES = Set.of("announce", "confirm", "debate", "deny");

    /** Whether a passive cue raises its subject before a to-infinitive: true if only so, false if also so, or null. */
    static Boolean raisedByPassive(String lemma) {
        return RAISED_BY_PASSIVE.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a passive cue states something about its subject with no complement ("was announced"). */
    static boolean isCompletePassive(String lemma) {
        return COMPLETE_PASSIVES.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Verbs that raise their subject into a judgement of the writer's: "seems to", "appears to". */
    private static final Set<String> RAISING = Set.of("seem", "appear");

    /** Whether a verb in the passive reports a statement about its subject ("was accused of"). */
    static boolean isPassiveCue(String lemma) {
        return PASSIVE.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a verb raises a judgement about its subject ("seems to"). */
    static boolean isRaising(String lemma) {
        return RAISING.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Verbs whose "about" names no topic of a statement or thought ("brought about", "set about"). */
    private static final Set<String> NOT_ABOUT = Set.of("be", "bring", "set", "come", "go", "turn", "move", "run",
            "walk", "look", "wander", "get", "do", "have", "make", "mill", "spread", "kick");

    /** The frame of any verb before "about" ("talked about", "fretted about"): what it is about, or null. */
    static Frame about(String lemma) {
        return NOT_ABOUT.contains(lemma.toLowerCase(Locale.ROOT)) ? null : TOPIC;
    }

    /** The frame of a cue verb, or null when the lemma is no cue. */
    static Frame verb(String lemma) {
        return VERBS.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** The frame of a phrasal cue ("call" + "for"), or null. */
    static Frame phrasal(String lemma, String particle) {
        if (!PARTICLES.contains(particle.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String key = lemma.toLowerCase(Locale.ROOT) + " " + particle.toLowerCase(Locale.ROOT);
        Frame frame = PHRASAL.get(key);
        return frame != null ? frame : TOPICAL.get(key);
    }
}
