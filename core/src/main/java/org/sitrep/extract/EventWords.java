package org.sitrep.extract;

import org.sitrep.WordLists;

import java.util.Map;
import java.util.Set;

/**
 * The words events are read from: triggers, weapons, and the kinds of people who act and suffer. The lists live in
 * {@code org/sitrep/words/} (read by {@link WordLists}); this class names them and gives their values types.
 */
final class EventWords {
    private EventWords() {
    }

    /** What a trigger word says happened. */
    enum Kind {
        STRIKE, ATTACK, RAID, EXPLOSION, LAUNCH, INTERCEPT, CLASH, CAPTURE, RECAPTURE, KILL, WOUND, SHOOT, TOLL,
        PROTEST, RIOT, LOOT, ABDUCT, ARREST, SEXUAL, AGREEMENT,
        /** Property wrecked: "destroyed a telecommunications mast". */
        DESTROY,
        /** A base, camp or headquarters set up. */
        BASE,
        /** Territory handed over or ceded. */
        TRANSFER,
        /** A group changes: merges, surrenders, defects, disbands, pledges allegiance. */
        CHANGE,
        /** Strategic news of no other sub-type: a mass grave found. */
        GRAVE,
        /** A word the event typer found telling an incident, of no kind the rules know (kept out of {@code kinds}). */
        LEARNED;

        /** Kinds that only report a toll, naming no incident of their own. */
        boolean casualtyOnly() {
            return this == KILL || this == WOUND || this == TOLL;
        }

        boolean violent() {
            return this != PROTEST && this != ARREST && this != AGREEMENT && this != BASE && this != TRANSFER
                    && this != CHANGE && this != GRAVE;
        }

        /** Strikes from afar (rather than fighting on the ground). */
        boolean remote() {
            return this == STRIKE || this == EXPLOSION || this == LAUNCH || this == INTERCEPT;
        }

        boolean ground() {
            return this == CLASH || this == CAPTURE || this == RECAPTURE;
        }
    }

    /** The weapon classes ACLED's sub-types turn on. */
    enum Weapon {
        AIR, SHELLING, REMOTE_EXPLOSIVE, SUICIDE, GRENADE, CHEMICAL, FIREARM, BOMB
    }

    /** Trigger lemmas (lower case) and what they say. */
    static final Map<String, Kind> TRIGGERS = WordLists.map("triggers", Kind::valueOf);

    /** Weapon words (lower case, lemma or word) and their class. */
    static final Map<String, Weapon> WEAPONS = WordLists.map("weapons", Weapon::valueOf);

    /** Armed forces of a state. */
    static final Set<String> STATE_FORCES = WordLists.set("state-forces");

    /** Armed groups that are not a state's. */
    static final Set<String> ARMED_GROUPS = WordLists.set("armed-groups");

    /** Unarmed crowds and partisans: who riots and protests. */
    static final Set<String> CROWDS = WordLists.set("crowds");

    /** Victims who are civilians. */
    static final Set<String> CIVILIANS = WordLists.set("civilians");

    /** Words saying that a crowd is protesting: the context of a violent demonstration or its target. */
    static final Set<String> PROTEST_WORDS = WordLists.set("protest-words");

    /** Natural hazards and accidents: what kills in a clause naming one is no armed actor ("an earthquake struck"). */
    static final Set<String> HAZARDS = WordLists.set("hazards");

    /** Words saying that territory changed hands without fighting. */
    static final Set<String> UNOPPOSED = WordLists.set("unopposed");

    /** Words that open an incident of its own: "another", "a separate strike". */
    static final Set<String> FRESH = WordLists.set("fresh");

    /** Words after "riot", "strike" or "protest" that make them no incident ("riot police", "strike force"). */
    static final Set<String> NOT_AFTER = WordLists.set("not-after-trigger");

    /** A lower-case word without its final "s", if it has one: a crude singular ("drones", "civilians"). */
    static String singular(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }
}
