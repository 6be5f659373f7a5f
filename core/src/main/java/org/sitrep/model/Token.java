package org.sitrep.model;

import java.util.Set;

/**
 * A token of the body.
 *
 * @param span  where it stands in the body
 * @param word  the token as the tokenizer normalised it (straight quotes become {@code ``} and {@code ''})
 * @param pos   Penn Treebank part of speech (see {@link Pos}; rules test it through the methods below)
 * @param lemma its lemma
 * @param ner   the entity label the recogniser gave it ({@code PERSON}, {@code ORG}, ... or {@code O})
 */
public record Token(Span span, String word, String pos, String lemma, String ner) {

    /** Its part of speech, {@link Pos#OTHER} for a tag {@link Pos} does not list. */
    public Pos tag() {
        return Pos.of(pos);
    }

    /** Whether it is tagged exactly {@code tag} ({@code is(Pos.NN)} is false for "NNS"). */
    public boolean is(Pos tag) {
        return tag() == tag;
    }

    /** Whether it is tagged exactly one of {@code tags}. */
    public boolean isAny(Set<Pos> tags) {
        return tags.contains(tag());
    }

    /** A noun, common or proper, singular or plural. */
    public boolean isNoun() {
        return Pos.noun(pos);
    }

    /** A proper noun, singular or plural. */
    public boolean isProperNoun() {
        return Pos.properNoun(pos);
    }

    /** A verb in any form. */
    public boolean isVerb() {
        return Pos.verb(pos);
    }

    /** An adjective, plain, comparative or superlative. */
    public boolean isAdjective() {
        return Pos.adjective(pos);
    }

    /** An adverb, plain, comparative or superlative. */
    public boolean isAdverb() {
        return Pos.adverb(pos);
    }

    /** A personal or possessive pronoun. */
    public boolean isPronoun() {
        return Pos.pronoun(pos);
    }

    /** A cardinal number ("12", "three"). */
    public boolean isNumber() {
        return is(Pos.CD);
    }
}
