package org.sitrep.eval;

import org.sitrep.model.EventType;

import java.util.Locale;
import java.util.Set;

/**
 * How Sitrep's events stand for KAIROS's (WikiEvents) and RAMS's event mentions.
 *
 * <p>Families: gold types {@code Conflict.Attack.*} (RAMS {@code conflict.attack.*}) are "attack", {@code
 * Life.Die.*} "die", {@code Life.Injure.*} "injure"; other types are not scored. A Sitrep event yields one mention
 * per trigger: a trigger whose lemma is a verb or noun of killing or dying (kill, die, murder, massacre, ...) is a
 * "die" mention, of wounding (wound, injure, hurt) an "injure" mention, and any other trigger of an event of type
 * Battles, Explosions/Remote violence, Violence against civilians or Riots an "attack" mention, except triggers of
 * arrests, protests, abductions, looting, territory taken, sexual violence, truces, launches and interceptions,
 * property destroyed, bases set up, territory handed over and changes to a group, which stand for no scored family.
 *
 * <p>Roles: the gold roles Attacker, Killer and Injurer are "attacker"; Target is "target"; Victim is "victim";
 * Place is "place"; Instrument and ExplosiveDevice are "instrument"; other roles are not scored. Sitrep's event
 * gives, for an attack mention, attacker = actor1, target = actor2, place = location, instrument = weapon; for a die
 * or injure mention, attacker (killer, injurer) = actor1, victim = actor2, place = location, instrument = weapon.
 */
public final class KairosMapping {
    private static final Set<String> DIE = Set.of("kill", "die", "murder", "massacre", "behead", "slaughter",
            "slay", "slaying",
            "lynch", "exterminate", "assassinate", "execute", "dead", "death", "toll", "fatality");
    private static final Set<String> INJURE = Set.of("wound", "injure", "hurt", "injury");
    private static final Set<String> NOT_ATTACK = Set.of("arrest", "detain", "apprehend", "protest", "demonstrate",
            "demonstration", "rally", "march", "sit-in", "abduct", "kidnap", "abduction", "kidnapping", "loot",
            "looting", "plunder", "capture", "seize", "overrun", "recapture", "retake", "regain", "liberate", "rape",
            "ceasefire", "truce", "intercept", "down", "launch", "destroy", "demolish", "establish", "set", "hand",
            "handover", "cede", "merge", "merger", "surrender", "defect", "defection", "disband", "allegiance",
            "grave", "defuse", "agreement", "accord", "sit");

    private KairosMapping() {
    }

    /** The family of a gold type, or null when it is not scored. */
    public static String family(String goldType) {
        String t = goldType.toLowerCase(Locale.ROOT);
        if (t.startsWith("conflict.attack")) {
            return "attack";
        }
        if (t.startsWith("life.die")) {
            return "die";
        }
        if (t.startsWith("life.injure")) {
            return "injure";
        }
        return null;
    }

    /** The role a gold role is scored as, or null when it is not scored. */
    public static String role(String goldRole) {
        return switch (goldRole.toLowerCase(Locale.ROOT)) {
            case "attacker", "killer", "injurer" -> "attacker";
            case "target" -> "target";
            case "victim" -> "victim";
            case "place" -> "place";
            case "instrument", "explosivedevice" -> "instrument";
            default -> null;
        };
    }

    /** The family of a Sitrep trigger, from its lemma and its event's type, or null when it stands for none. */
    public static String family(String triggerLemma, EventType type) {
        String l = triggerLemma.toLowerCase(Locale.ROOT);
        if (DIE.contains(l)) {
            return "die";
        }
        if (INJURE.contains(l)) {
            return "injure";
        }
        if (NOT_ATTACK.contains(l)) {
            return null;
        }
        return switch (type) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS, RIOTS -> "attack";
            default -> null;
        };
    }
}
