package org.sitrep.model;

/**
 * A token of the body.
 *
 * @param span  where it stands in the body
 * @param word  the token as the tokenizer normalised it (straight quotes become {@code ``} and {@code ''})
 * @param pos   Penn Treebank part of speech
 * @param lemma its lemma
 * @param ner   the entity label the recogniser gave it ({@code PERSON}, {@code ORG}, ... or {@code O})
 */
public record Token(Span span, String word, String pos, String lemma, String ner) {
}
