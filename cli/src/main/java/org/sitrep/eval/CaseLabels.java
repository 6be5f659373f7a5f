package org.sitrep.eval;

import org.sitrep.model.EventSubtype;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The mapping between Sitrep's ACLED sub-types and CASE 2021 task 2's 25 short labels, one to one:
 * Armed clash ARMED_CLASH, Government regains territory GOV_REGAINS_TERIT, Non-state actor overtakes territory
 * NON_STATE_ACTOR_OVERTAKES_TER, Air/drone strike AIR_STRIKE, Shelling/artillery/missile attack ART_MISS_ATTACK,
 * Remote explosive/landmine/IED REM_EXPLOS, Suicide bomb SUIC_BOMB, Grenade GRENADE, Chemical weapon CHEM_WEAP,
 * Attack ATTACK, Abduction/forced disappearance ABDUCT_DISSAP, Sexual violence SEX_VIOL, Peaceful protest
 * PEACE_PROTEST, Protest with intervention PROTEST_WITH_INTER, Excessive force against protesters
 * FORCE_AGAINST_PROTEST, Violent demonstration VIOL_DEMONSTR, Mob violence MOB_VIOL, Agreement AGREEMENT, Arrests
 * ARREST, Change to group/activity CHANGE_TO_GROUP_ACT, Disrupted weapons use DISR_WEAP, Headquarters or base
 * established HQ_ESTABLISHED, Looting/property destruction PROPERTY_DISTRUCT, Non-violent transfer of territory
 * NON_VIOL_TERRIT_TRANSFER, Other OTHER. A snippet for which Sitrep finds no event is labelled {@link #NONE}.
 */
public final class CaseLabels {
    /** The label of a snippet in which Sitrep finds no event. */
    public static final String NONE = "NONE";

    private static final Map<EventSubtype, String> LABELS = new EnumMap<>(Map.ofEntries(
            Map.entry(EventSubtype.ARMED_CLASH, "ARMED_CLASH"),
            Map.entry(EventSubtype.GOVERNMENT_REGAINS_TERRITORY, "GOV_REGAINS_TERIT"),
            Map.entry(EventSubtype.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "NON_STATE_ACTOR_OVERTAKES_TER"),
            Map.entry(EventSubtype.AIR_DRONE_STRIKE, "AIR_STRIKE"),
            Map.entry(EventSubtype.SHELLING_ARTILLERY_MISSILE_ATTACK, "ART_MISS_ATTACK"),
            Map.entry(EventSubtype.REMOTE_EXPLOSIVE_LANDMINE_IED, "REM_EXPLOS"),
            Map.entry(EventSubtype.SUICIDE_BOMB, "SUIC_BOMB"),
            Map.entry(EventSubtype.GRENADE, "GRENADE"),
            Map.entry(EventSubtype.CHEMICAL_WEAPON, "CHEM_WEAP"),
            Map.entry(EventSubtype.ATTACK, "ATTACK"),
            Map.entry(EventSubtype.ABDUCTION_FORCED_DISAPPEARANCE, "ABDUCT_DISSAP"),
            Map.entry(EventSubtype.SEXUAL_VIOLENCE, "SEX_VIOL"),
            Map.entry(EventSubtype.PEACEFUL_PROTEST, "PEACE_PROTEST"),
            Map.entry(EventSubtype.PROTEST_WITH_INTERVENTION, "PROTEST_WITH_INTER"),
            Map.entry(EventSubtype.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "FORCE_AGAINST_PROTEST"),
            Map.entry(EventSubtype.VIOLENT_DEMONSTRATION, "VIOL_DEMONSTR"),
            Map.entry(EventSubtype.MOB_VIOLENCE, "MOB_VIOL"),
            Map.entry(EventSubtype.AGREEMENT, "AGREEMENT"),
            Map.entry(EventSubtype.ARRESTS, "ARREST"),
            Map.entry(EventSubtype.CHANGE_TO_GROUP_ACTIVITY, "CHANGE_TO_GROUP_ACT"),
            Map.entry(EventSubtype.DISRUPTED_WEAPONS_USE, "DISR_WEAP"),
            Map.entry(EventSubtype.HEADQUARTERS_OR_BASE_ESTABLISHED, "HQ_ESTABLISHED"),
            Map.entry(EventSubtype.LOOTING_PROPERTY_DESTRUCTION, "PROPERTY_DISTRUCT"),
            Map.entry(EventSubtype.NON_VIOLENT_TRANSFER_OF_TERRITORY, "NON_VIOL_TERRIT_TRANSFER"),
            Map.entry(EventSubtype.OTHER, "OTHER")));

    /** The 25 labels standing for ACLED sub-types. */
    public static final Set<String> ACLED = Set.copyOf(LABELS.values());

    private CaseLabels() {
    }

    /** CASE's label for a sub-type. */
    public static String label(EventSubtype subtype) {
        return LABELS.get(subtype);
    }
}
