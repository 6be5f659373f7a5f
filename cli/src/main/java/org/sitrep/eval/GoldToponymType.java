package org.sitrep.eval;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of a gold toponym annotation: GeoWebNews's labels (the Pragmatic Taxonomy of Toponyms of Gritta et al.
 * 2019, "A Pragmatic Guide to Geoparsing Evaluation"), and {@link #UNLABELLED} for corpora such as LGL and TR-News
 * that mark toponyms without saying how they are used.
 * <p>
 * Which kinds are scored follows the paper's reading of geoparsing: a geoparser should find and place both the
 * literal toponyms (the place itself: "fighting in Aleppo") and the associative ones (a place standing for its
 * people, government or team, or modifying a noun: "Turkey said", "Turkish troops"), because both name a place a
 * reader would put on a map. So the literal kinds ({@link #LITERAL}, {@link #LITERAL_MODIFIER}, {@link #MIXED},
 * {@link #COERCION}, {@link #EMBEDDED_LITERAL}) and the associative ones ({@link #METONYMIC},
 * {@link #NON_LITERAL_MODIFIER}, {@link #EMBEDDED_NON_LIT}) are toponyms, as is every {@link #UNLABELLED} one; a
 * toponym is scored when the gold gives it coordinates (see {@link GoldToponym#scored()}).
 * <p>
 * {@link #NON_TOPONYM} ("Louisiana Purchase", organisation names), {@link #HOMONYM} (a person called "Jamison"),
 * {@link #LANGUAGE} ("English") and the two expression labels, which mark the common noun a toponym modifies
 * ("citizens", "church"), are not toponyms: a prediction on them is a false positive like one on unmarked text.
 * <p>
 * {@link #DEMONYM} ("Nigerians", "Long Islanders") is neither: the paper files demonyms among the associative
 * uses, but they name people rather than a place, GeoWebNews gives none of its 73 demonyms coordinates (so they
 * cannot be scored for resolution), and the adjectival use of a place ("Irish populations") is labelled
 * {@link #NON_LITERAL_MODIFIER} and is scored. So a demonym is not required of a geoparser, and a prediction on one
 * is not held against it either: it is ignored, like a toponym without gold coordinates.
 */
public enum GoldToponymType {
    LITERAL("Literal", Role.TOPONYM),
    LITERAL_MODIFIER("Literal_Modifier", Role.TOPONYM),
    MIXED("Mixed", Role.TOPONYM),
    COERCION("Coercion", Role.TOPONYM),
    EMBEDDED_LITERAL("Embedded_Literal", Role.TOPONYM),
    METONYMIC("Metonymic", Role.TOPONYM),
    NON_LITERAL_MODIFIER("Non_Literal_Modifier", Role.TOPONYM),
    EMBEDDED_NON_LIT("Embedded_Non_Lit", Role.TOPONYM),
    DEMONYM("Demonym", Role.IGNORED),
    NON_TOPONYM("Non_Toponym", Role.NOT_TOPONYM),
    HOMONYM("Homonym", Role.NOT_TOPONYM),
    LANGUAGE("Language", Role.NOT_TOPONYM),
    LITERAL_EXPRESSION("Literal_Expression", Role.NOT_TOPONYM),
    NON_LIT_EXPRESSION("Non_Lit_Expression", Role.NOT_TOPONYM),
    /** A toponym in a corpus without use labels (LGL, TR-News). */
    UNLABELLED("", Role.TOPONYM);

    /** How a kind of annotation counts. */
    enum Role { TOPONYM, IGNORED, NOT_TOPONYM }

    private final String label;
    private final Role role;

    GoldToponymType(String label, Role role) {
        this.label = label;
        this.role = role;
    }

    /** The label as GeoWebNews writes it in {@code <type>}; empty for {@link #UNLABELLED}. */
    public String label() {
        return label;
    }

    /** Whether a geoparser should find and place an annotation of this kind (when it has gold coordinates). */
    public boolean toponym() {
        return role == Role.TOPONYM;
    }

    /** Whether an annotation of this kind is left out of scoring altogether: neither required nor a false positive. */
    public boolean ignored() {
        return role == Role.IGNORED;
    }

    /** The kind GeoWebNews writes as {@code label}, if there is one. */
    public static Optional<GoldToponymType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t != UNLABELLED && t.label.equals(label)).findFirst();
    }
}
