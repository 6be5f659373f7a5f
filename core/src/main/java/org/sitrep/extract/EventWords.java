package org.sitrep.extract;

import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/** The words events are read from: triggers, weapons, and the kinds of people who act and suffer. */
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
        GRAVE;

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
    static final Map<String, Kind> TRIGGERS = Map.ofEntries(
            entry("strike", Kind.STRIKE), entry("airstrike", Kind.STRIKE), entry("air-strike", Kind.STRIKE),
            entry("bombardment", Kind.STRIKE), entry("bombing", Kind.STRIKE), entry("shelling", Kind.STRIKE),
            entry("shell", Kind.STRIKE), entry("bomb", Kind.STRIKE), entry("bombard", Kind.STRIKE),
            entry("barrage", Kind.STRIKE), entry("airstrikes", Kind.STRIKE),
            entry("attack", Kind.ATTACK), entry("assault", Kind.ATTACK), entry("ambush", Kind.ATTACK),
            entry("raid", Kind.RAID), entry("hit", Kind.ATTACK),
            entry("explode", Kind.EXPLOSION), entry("explosion", Kind.EXPLOSION), entry("blast", Kind.EXPLOSION),
            entry("detonate", Kind.EXPLOSION), entry("detonation", Kind.EXPLOSION),
            entry("launch", Kind.LAUNCH), entry("fire", Kind.LAUNCH),
            entry("intercept", Kind.INTERCEPT), entry("down", Kind.INTERCEPT), entry("shoot", Kind.SHOOT), entry("shooting", Kind.SHOOT),
            entry("gunfire", Kind.SHOOT),
            entry("clash", Kind.CLASH), entry("fight", Kind.CLASH), entry("fighting", Kind.CLASH),
            entry("battle", Kind.CLASH), entry("skirmish", Kind.CLASH), entry("firefight", Kind.CLASH),
            entry("gunfight", Kind.CLASH), entry("offensive", Kind.CLASH), entry("counteroffensive", Kind.CLASH),
            entry("counter-offensive", Kind.CLASH), entry("gunbattle", Kind.CLASH),
            entry("capture", Kind.CAPTURE), entry("seize", Kind.CAPTURE), entry("overrun", Kind.CAPTURE),
            entry("recapture", Kind.RECAPTURE), entry("retake", Kind.RECAPTURE), entry("regain", Kind.RECAPTURE),
            entry("liberate", Kind.RECAPTURE),
            entry("kill", Kind.KILL), entry("murder", Kind.KILL), entry("massacre", Kind.KILL),
            entry("behead", Kind.KILL), entry("die", Kind.KILL), entry("slaughter", Kind.KILL),
            entry("lynch", Kind.KILL), entry("stab", Kind.KILL), entry("hack", Kind.KILL), entry("beat", Kind.KILL),
            entry("exterminate", Kind.KILL),
            entry("slay", Kind.KILL), entry("slaying", Kind.KILL), entry("killing", Kind.KILL), entry("assassinate", Kind.KILL), entry("execute", Kind.KILL),
            entry("wound", Kind.WOUND), entry("injure", Kind.WOUND), entry("hurt", Kind.WOUND),
            entry("toll", Kind.TOLL),
            entry("protest", Kind.PROTEST), entry("demonstrate", Kind.PROTEST), entry("demonstration", Kind.PROTEST),
            entry("rally", Kind.PROTEST), entry("sit-in", Kind.PROTEST), entry("sit", Kind.PROTEST), entry("march", Kind.PROTEST),
            entry("riot", Kind.RIOT), entry("vandalize", Kind.RIOT), entry("vandalise", Kind.RIOT),
            entry("vandalism", Kind.RIOT), entry("ransack", Kind.RIOT), entry("torch", Kind.RIOT),
            entry("burn", Kind.LOOT), entry("raze", Kind.LOOT), entry("throw", Kind.RIOT), entry("pelt", Kind.RIOT),
            entry("set", Kind.RIOT), entry("take", Kind.CAPTURE),
            entry("protester", Kind.PROTEST), entry("protestor", Kind.PROTEST), entry("demonstrator", Kind.PROTEST),
            entry("loot", Kind.LOOT), entry("looting", Kind.LOOT), entry("plunder", Kind.LOOT),
            entry("abduct", Kind.ABDUCT), entry("kidnap", Kind.ABDUCT), entry("abduction", Kind.ABDUCT),
            entry("kidnapping", Kind.ABDUCT),
            entry("arrest", Kind.ARREST), entry("detain", Kind.ARREST), entry("apprehend", Kind.ARREST),
            entry("rape", Kind.SEXUAL),
            entry("agreement", Kind.AGREEMENT), entry("accord", Kind.AGREEMENT),
            entry("destroy", Kind.DESTROY), entry("demolish", Kind.DESTROY),
            entry("establish", Kind.BASE),
            entry("hand", Kind.TRANSFER), entry("handover", Kind.TRANSFER), entry("cede", Kind.TRANSFER),
            entry("merge", Kind.CHANGE), entry("merger", Kind.CHANGE), entry("surrender", Kind.CHANGE),
            entry("defect", Kind.CHANGE), entry("defection", Kind.CHANGE), entry("disband", Kind.CHANGE),
            entry("allegiance", Kind.CHANGE),
            entry("grave", Kind.GRAVE), entry("defuse", Kind.INTERCEPT),
            entry("ceasefire", Kind.AGREEMENT), entry("truce", Kind.AGREEMENT), entry("cease-fire", Kind.AGREEMENT));

    /** Weapon words (lower case, lemma or word) and their class. */
    static final Map<String, Weapon> WEAPONS = Map.ofEntries(
            entry("drone", Weapon.AIR), entry("airstrike", Weapon.AIR), entry("aerial", Weapon.AIR),
            entry("warplane", Weapon.AIR), entry("jet", Weapon.AIR), entry("aircraft", Weapon.AIR),
            entry("helicopter", Weapon.AIR), entry("uav", Weapon.AIR), entry("shahed", Weapon.AIR),
            entry("air", Weapon.AIR), entry("glide", Weapon.AIR),
            entry("missile", Weapon.SHELLING), entry("rocket", Weapon.SHELLING), entry("artillery", Weapon.SHELLING),
            entry("shell", Weapon.SHELLING), entry("shelling", Weapon.SHELLING), entry("mortar", Weapon.SHELLING),
            entry("howitzer", Weapon.SHELLING), entry("barrage", Weapon.SHELLING), entry("bombardment", Weapon.SHELLING),
            entry("mlrs", Weapon.SHELLING), entry("grad", Weapon.SHELLING), entry("tank", Weapon.SHELLING),
            entry("ied", Weapon.REMOTE_EXPLOSIVE), entry("landmine", Weapon.REMOTE_EXPLOSIVE),
            entry("mine", Weapon.REMOTE_EXPLOSIVE), entry("roadside", Weapon.REMOTE_EXPLOSIVE),
            entry("improvised", Weapon.REMOTE_EXPLOSIVE), entry("booby", Weapon.REMOTE_EXPLOSIVE),
            entry("explosive", Weapon.REMOTE_EXPLOSIVE), entry("vbied", Weapon.REMOTE_EXPLOSIVE),
            entry("suicide", Weapon.SUICIDE), entry("grenade", Weapon.GRENADE),
            entry("chemical", Weapon.CHEMICAL), entry("chlorine", Weapon.CHEMICAL), entry("sarin", Weapon.CHEMICAL),
            entry("mustard", Weapon.CHEMICAL), entry("phosgene", Weapon.CHEMICAL), entry("nerve", Weapon.CHEMICAL),
            entry("gun", Weapon.FIREARM), entry("gunfire", Weapon.FIREARM), entry("bullet", Weapon.FIREARM),
            entry("rifle", Weapon.FIREARM), entry("firearm", Weapon.FIREARM), entry("pistol", Weapon.FIREARM),
            entry("gunman", Weapon.FIREARM), entry("gunmen", Weapon.FIREARM), entry("shot", Weapon.FIREARM),
            entry("ak-47", Weapon.FIREARM), entry("machine-gun", Weapon.FIREARM),
            entry("bomb", Weapon.BOMB), entry("cocktail", Weapon.BOMB));

    /** Armed forces of a state. */
    static final Set<String> STATE_FORCES = Set.of("army", "military", "troop", "troops", "soldier", "force", "forces",
            "police", "policeman", "policemen", "navy", "guard", "guards", "marine", "marines", "paratrooper",
            "commando", "commandos", "government", "regime", "rab", "bgb", "officer", "officers", "constable");

    /** Armed groups that are not a state's. */
    static final Set<String> ARMED_GROUPS = Set.of("rebel", "rebels", "militant", "militants", "insurgent",
            "insurgents", "gunman", "gunmen", "fighter", "fighters", "militia", "militiaman", "militiamen",
            "jihadist", "jihadists", "terrorist", "terrorists", "separatist", "separatists", "pirate", "pirates",
            "bandit", "bandits", "attacker", "attackers", "assailant", "assailants", "extremist", "extremists",
            "gang", "robber", "robbers", "miscreant", "miscreants", "criminal", "criminals", "outlaw", "outlaws",
            "taliban", "hamas", "hezbollah", "hizbollah", "al-shabaab", "boko", "houthi", "houthis");

    /** Unarmed crowds and partisans: who riots and protests. */
    static final Set<String> CROWDS = Set.of("supporter", "supporters", "activist", "activists", "loyalist",
            "loyalists", "faction", "factions", "cadre", "cadres", "student", "students", "mob", "crowd", "villager",
            "villagers", "worker", "workers", "follower", "followers", "member", "members", "men", "youth", "youths",
            "protester", "protesters", "demonstrator", "demonstrators", "rioter", "rioters", "group", "groups",
            "resident", "residents", "local", "locals", "leader", "leaders", "clan", "clans", "people");

    /** Victims who are civilians. */
    static final Set<String> CIVILIANS = Set.of("civilian", "child", "kid", "resident", "villager", "student",
            "woman", "girl", "boy", "family", "pedestrian", "passenger", "worshipper", "farmer", "journalist",
            "teacher", "patient", "refugee", "shopper", "infant", "baby", "shopkeeper", "trader", "businessman",
            "activist", "doctor", "nurse", "teenager", "man", "person", "worker", "schoolchild", "pupil", "elderly");

    /** Words saying that a crowd is protesting: the context of a violent demonstration or its target. */
    static final Set<String> PROTEST_WORDS = Set.of("protest", "protester", "protestor", "demonstrate",
            "demonstration", "demonstrator", "rally", "procession", "march", "marcher", "sit-in", "blockade",
            "hartal", "picket", "strike");

    /** Natural hazards and accidents: what kills in a clause naming one is no armed actor ("an earthquake struck"). */
    static final Set<String> HAZARDS = Set.of("earthquake", "quake", "tremor", "storm", "cyclone", "hurricane",
            "typhoon", "tornado", "flood", "floods", "flooding", "tsunami", "landslide", "landslides", "mudslide",
            "avalanche", "lightning", "drought", "epidemic", "outbreak", "crash", "crashed", "accident", "collision",
            "stampede", "derailment", "wildfire", "heatwave", "eruption", "volcano");

    /** Words saying that territory changed hands without fighting. */
    static final Set<String> UNOPPOSED = Set.of("unopposed", "peacefully", "uncontested");

    /** Words that open an incident of its own: "another", "a separate strike". */
    static final Set<String> FRESH = Set.of("another", "separate", "second", "earlier", "previous", "further",
            "fresh", "new", "later", "third");

    /** Words after "riot", "strike" or "protest" that make them no incident ("riot police", "strike force"). */
    static final Set<String> NOT_AFTER = Set.of("control", "gear", "police", "shield", "shields", "squad", "force",
            "group", "capability", "capabilities", "range", "drone", "drones", "target", "targets", "package",
            "permit", "rights", "movement", "leader", "leaders", "vote", "ban");
}
