package org.sitrep.eval;

import org.sitrep.model.EntityType;

import java.util.List;

/**
 * Sitrep's entity types as CoNLL-2003's four: PERSON is PER; ORG is ORG; GPE (countries, cities, regions with a
 * government) and LOC (seas, rivers, continents) are both LOC, as CoNLL does not tell them apart; NORP
 * (nationalities, religious and political groups) and MISC are both MISC, where CoNLL puts nationalities.
 */
public final class ConllTypes {

    /** CoNLL-2003's entity types. */
    public static final List<String> CONLL_TYPES = List.of("PER", "LOC", "ORG", "MISC");

    private ConllTypes() {
    }

    /** The CoNLL type of a Sitrep type. */
    public static String of(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORG -> "ORG";
            case GPE, LOC -> "LOC";
            case NORP, MISC -> "MISC";
        };
    }
}
