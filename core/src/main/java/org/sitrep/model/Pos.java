package org.sitrep.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Penn Treebank parts of speech a {@link Token} is tagged with, the one place their strings are written. Rules
 * test a token by group ({@link Token#isNoun()}, {@link Token#isVerb()}, ...) or by exact tag ({@link Token#is},
 * {@link Token#isAny}); a tag outside this list is {@link #OTHER}.
 */
public enum Pos {
    CC("CC"), CD("CD"), DT("DT"), EX("EX"), FW("FW"), IN("IN"), JJ("JJ"), JJR("JJR"), JJS("JJS"), LS("LS"), MD("MD"),
    NN("NN"), NNS("NNS"), NNP("NNP"), NNPS("NNPS"), PDT("PDT"), POS("POS"), PRP("PRP"), PRP$("PRP$"), RB("RB"),
    RBR("RBR"), RBS("RBS"), RP("RP"), SYM("SYM"), TO("TO"), UH("UH"), VB("VB"), VBD("VBD"), VBG("VBG"), VBN("VBN"),
    VBP("VBP"), VBZ("VBZ"), WDT("WDT"), WP("WP"), WP$("WP$"), WRB("WRB"),
    /** CoreNLP's additions to Penn's list: hyphens, superfluous punctuation, addresses, affixes, ... */
    HYPH("HYPH"), NFP("NFP"), ADD("ADD"), AFX("AFX"), GW("GW"), XX("XX"),
    PERIOD("."), COMMA(","), COLON(":"),
    /** Not a Penn tag (Penn tags ";" as {@link #COLON}), but hand-tagged text may use it. */
    SEMICOLON(";"),
    OPENING_QUOTE("``"), CLOSING_QUOTE("''"), LEFT_BRACKET("-LRB-"), RIGHT_BRACKET("-RRB-"), HASH("#"), DOLLAR("$"),
    /** A tag not listed here. */
    OTHER("");

    /** Stops (". , : ;") and quotation marks: where a phrase or a piece of evidence ends. */
    public static final Set<Pos> STOPS_AND_QUOTES = Collections.unmodifiableSet(EnumSet.of(PERIOD, COMMA, COLON,
            SEMICOLON, OPENING_QUOTE, CLOSING_QUOTE));

    private static final Map<String, Pos> BY_TAG = new HashMap<>();

    static {
        for (Pos p : values()) {
            if (p != OTHER) {
                BY_TAG.put(p.tag, p);
            }
        }
    }

    private final String tag;

    Pos(String tag) {
        this.tag = tag;
    }

    /** The tag as the tagger writes it ("NNS", "PRP$", ","); empty for {@link #OTHER}. */
    public String tag() {
        return tag;
    }

    /** The part of speech a tag names, {@link #OTHER} if it is not listed here. */
    public static Pos of(String tag) {
        return BY_TAG.getOrDefault(tag, OTHER);
    }

    /** Whether a tag is a noun's, common or proper: NN, NNS, NNP, NNPS. */
    static boolean noun(String tag) {
        return tag.startsWith("NN");
    }

    /** Whether a tag is a proper noun's: NNP, NNPS. */
    static boolean properNoun(String tag) {
        return tag.startsWith("NNP");
    }

    /** Whether a tag is a verb's, in any form: VB, VBD, VBG, VBN, VBP, VBZ. */
    static boolean verb(String tag) {
        return tag.startsWith("VB");
    }

    /** Whether a tag is an adjective's: JJ, JJR, JJS. */
    static boolean adjective(String tag) {
        return tag.startsWith("JJ");
    }

    /** Whether a tag is an adverb's: RB, RBR, RBS. */
    static boolean adverb(String tag) {
        return tag.startsWith("RB");
    }

    /** Whether a tag is a personal or possessive pronoun's: PRP, PRP$. */
    static boolean pronoun(String tag) {
        return tag.startsWith("PRP");
    }
}
