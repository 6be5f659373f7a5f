package org.sitrep.model;

import static org.sitrep.model.EventType.BATTLES;
import static org.sitrep.model.EventType.EXPLOSIONS_REMOTE_VIOLENCE;
import static org.sitrep.model.EventType.PROTESTS;
import static org.sitrep.model.EventType.RIOTS;
import static org.sitrep.model.EventType.STRATEGIC_DEVELOPMENTS;
import static org.sitrep.model.EventType.VIOLENCE_AGAINST_CIVILIANS;

/** ACLED's 25 event sub-types, each under its {@link EventType}. */
public enum EventSubtype {
    ARMED_CLASH(BATTLES, "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY(BATTLES, "Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(BATTLES, "Non-state actor overtakes territory"),
    AIR_DRONE_STRIKE(EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
    SHELLING_ARTILLERY_MISSILE_ATTACK(EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE_LANDMINE_IED(EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
    SUICIDE_BOMB(EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
    GRENADE(EXPLOSIONS_REMOTE_VIOLENCE, "Grenade"),
    CHEMICAL_WEAPON(EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon"),
    ATTACK(VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    ABDUCTION_FORCED_DISAPPEARANCE(VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
    SEXUAL_VIOLENCE(VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
    PEACEFUL_PROTEST(PROTESTS, "Peaceful protest"),
    PROTEST_WITH_INTERVENTION(PROTESTS, "Protest with intervention"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS(PROTESTS, "Excessive force against protesters"),
    VIOLENT_DEMONSTRATION(RIOTS, "Violent demonstration"),
    MOB_VIOLENCE(RIOTS, "Mob violence"),
    AGREEMENT(STRATEGIC_DEVELOPMENTS, "Agreement"),
    ARRESTS(STRATEGIC_DEVELOPMENTS, "Arrests"),
    CHANGE_TO_GROUP_ACTIVITY(STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
    DISRUPTED_WEAPONS_USE(STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
    HEADQUARTERS_OR_BASE_ESTABLISHED(STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
    LOOTING_PROPERTY_DESTRUCTION(STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
    NON_VIOLENT_TRANSFER_OF_TERRITORY(STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    OTHER(STRATEGIC_DEVELOPMENTS, "Other");

    private final EventType type;
    private final String label;

    EventSubtype(EventType type, String label) {
        this.type = type;
        this.label = label;
    }

    /** The type this sub-type belongs to. */
    public EventType type() {
        return type;
    }

    /** ACLED's name for the sub-type ("Air/drone strike"). */
    public String label() {
        return label;
    }
}
