package org.sitrep.extract;

import org.sitrep.model.EventSubtype;

/**
 * Decides what an incident the rules found is: one of ACLED's sub-types, or no ACLED event at all ("fighting the
 * nominee", "struck by an op-ed"), with how sure it is.
 */
public interface EventTyper {

    /**
     * A typer's decision.
     *
     * @param subtype    the sub-type, or null when the candidate is no ACLED event
     * @param confidence the probability of that decision, in [0, 1]
     * @param cue        for a sentence the rules did not read, the index in its lemmas of the word that tells the
     *                   sub-type most; else -1
     */
    record Typing(EventSubtype subtype, double confidence, int cue) {
        public Typing(EventSubtype subtype, double confidence) {
            this(subtype, confidence, -1);
        }
    }

    /** What an incident the rules found is. */
    Typing type(IncidentCandidate candidate);

    /**
     * Whether a sentence in which the rules find no incident reports one all the same ("a helicopter dropped
     * containers of toxic gas"), and which. By default it never does.
     */
    default Typing typeUnread(IncidentCandidate sentence) {
        return new Typing(null, 1);
    }

    /** The rules' own decision: every candidate is an event of the rules' sub-type. */
    EventTyper RULES = c -> new Typing(c.rule(), c.ruleConfidence());
}
