package org.sitrep.extract;

import org.sitrep.extract.EventWords.Kind;
import org.sitrep.extract.EventWords.Weapon;
import org.sitrep.extract.IncidentReport.Side;
import org.sitrep.model.EventSubtype;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * ACLED's sub-type of an incident from all its reports: what the triggers say happened, with which weapons, by and
 * against whom. Rules, in order: sexual violence, abduction, agreements and arrests; force against protesters, violent
 * demonstrations, protests with and without intervention; chemical weapons, suicide bombs; territory taken; fighting
 * (armed clash, or mob violence when only unarmed crowds fight); grenades, mines and IEDs, air and drone strikes,
 * shelling and missiles; riots and looting; attacks (on civilians, or mob violence by a crowd); interceptions;
 * property destroyed. Strategic developments without violence come right after agreements: bases set up, changes to a
 * group (mergers, surrenders, defections), territory handed over or taken "without a fight"; a mass grave is Other. A
 * "bombing" naming no aircraft, shell or rocket and done by no state's forces is a remote explosive.
 */
final class EventClassifier {

    /** A sub-type and how sure the rules are of it. */
    record Judgement(EventSubtype subtype, double confidence) {
    }

    Judgement classify(List<IncidentReport> incident) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Set<Weapon> weapons = EnumSet.noneOf(Weapon.class);
        boolean protest = false;
        boolean protestTarget = false;
        boolean intervention = false;
        boolean civilians = false;
        boolean unopposed = false;
        boolean bombing = false;
        Set<Side> sides = EnumSet.noneOf(Side.class);
        Side doer = Side.UNKNOWN;
        for (IncidentReport r : incident) {
            protest |= r.protestContext;
            protestTarget |= r.protestTarget;
            civilians |= r.civilians;
            unopposed |= r.unopposed;
            bombing |= r.bombing;
            if (r.intervention) {
                intervention = true;
                continue; // police controlling a crowd: their shots do not make the incident armed
            }
            kinds.addAll(r.kinds);
            weapons.addAll(r.weapons);
            sides.add(r.side1);
            sides.add(r.side2);
            if (doer == Side.UNKNOWN) {
                doer = r.side1;
            }
        }
        if (kinds.isEmpty()) {
            incident.forEach(r -> kinds.addAll(r.kinds));
        }
        boolean armed = weapons.contains(Weapon.FIREARM) || weapons.contains(Weapon.BOMB)
                || weapons.contains(Weapon.GRENADE) || weapons.contains(Weapon.REMOTE_EXPLOSIVE);
        boolean armedSides = sides.contains(Side.ARMED) || (sides.contains(Side.STATE) && !intervention);
        boolean crowd = sides.contains(Side.CROWD) && !sides.contains(Side.ARMED);
        boolean fighting = kinds.contains(Kind.CLASH);
        boolean attacking = kinds.contains(Kind.ATTACK) || kinds.contains(Kind.RAID) || kinds.contains(Kind.KILL) || kinds.contains(Kind.SHOOT)
                || kinds.contains(Kind.WOUND);
        double specific = 0.75;

        if (kinds.contains(Kind.SEXUAL)) {
            return new Judgement(EventSubtype.SEXUAL_VIOLENCE, specific);
        }
        if (kinds.contains(Kind.ABDUCT)) {
            return new Judgement(EventSubtype.ABDUCTION_FORCED_DISAPPEARANCE, specific);
        }
        boolean violent = kinds.stream().anyMatch(Kind::violent);
        if (!violent && kinds.contains(Kind.AGREEMENT)) {
            return new Judgement(EventSubtype.AGREEMENT, 0.6);
        }
        if (!violent && kinds.contains(Kind.BASE)) {
            return new Judgement(EventSubtype.HEADQUARTERS_OR_BASE_ESTABLISHED, 0.6);
        }
        if (!violent && kinds.contains(Kind.CHANGE)) {
            return new Judgement(EventSubtype.CHANGE_TO_GROUP_ACTIVITY, 0.55);
        }
        if ((!violent && kinds.contains(Kind.TRANSFER)) || (unopposed && !fighting && !attacking
                && (kinds.contains(Kind.TRANSFER) || kinds.contains(Kind.CAPTURE) || kinds.contains(Kind.RECAPTURE)))) {
            return new Judgement(EventSubtype.NON_VIOLENT_TRANSFER_OF_TERRITORY, 0.6);
        }
        boolean arrestRaid = kinds.contains(Kind.ARREST) && weapons.isEmpty()
                && kinds.stream().filter(Kind::violent).allMatch(k -> k == Kind.RAID);
        if ((!violent || arrestRaid) && kinds.contains(Kind.ARREST) && !kinds.contains(Kind.PROTEST)) {
            return new Judgement(EventSubtype.ARRESTS, 0.7);
        }
        if (protestTarget) {
            return new Judgement(EventSubtype.EXCESSIVE_FORCE_AGAINST_PROTESTERS, 0.65);
        }
        if (protest && (kinds.contains(Kind.RIOT) || kinds.contains(Kind.LOOT) || fighting
                || (violent && !kinds.stream().allMatch(Kind::casualtyOnly)))) {
            return new Judgement(EventSubtype.VIOLENT_DEMONSTRATION, 0.65);
        }
        if (kinds.contains(Kind.PROTEST) && !violent) {
            return new Judgement(intervention || kinds.contains(Kind.ARREST)
                    ? EventSubtype.PROTEST_WITH_INTERVENTION : EventSubtype.PEACEFUL_PROTEST, 0.7);
        }
        if (kinds.contains(Kind.PROTEST)) {
            return new Judgement(intervention ? EventSubtype.PROTEST_WITH_INTERVENTION
                    : EventSubtype.VIOLENT_DEMONSTRATION, 0.55);
        }
        if (kinds.contains(Kind.INTERCEPT) && kinds.stream().noneMatch(k -> k == Kind.LAUNCH || k == Kind.STRIKE
                || k == Kind.EXPLOSION || k == Kind.ATTACK || k == Kind.KILL || k == Kind.WOUND)) {
            return new Judgement(EventSubtype.DISRUPTED_WEAPONS_USE, 0.65);
        }
        if (weapons.contains(Weapon.CHEMICAL)) {
            return new Judgement(EventSubtype.CHEMICAL_WEAPON, specific);
        }
        if (weapons.contains(Weapon.SUICIDE)) {
            return new Judgement(EventSubtype.SUICIDE_BOMB, specific);
        }
        if (kinds.contains(Kind.RECAPTURE) && doer != Side.ARMED) {
            return new Judgement(EventSubtype.GOVERNMENT_REGAINS_TERRITORY, 0.65);
        }
        if ((kinds.contains(Kind.CAPTURE) || kinds.contains(Kind.RECAPTURE)) && doer == Side.ARMED) {
            return new Judgement(EventSubtype.NON_STATE_ACTOR_OVERTAKES_TERRITORY, 0.65);
        }
        if (fighting || kinds.contains(Kind.CAPTURE)) {
            if (crowd && !armed && !armedSides) {
                return new Judgement(EventSubtype.MOB_VIOLENCE, 0.65);
            }
            return new Judgement(EventSubtype.ARMED_CLASH, armed || armedSides ? specific : 0.6);
        }
        if (weapons.contains(Weapon.GRENADE)) {
            return new Judgement(EventSubtype.GRENADE, specific);
        }
        if (weapons.contains(Weapon.REMOTE_EXPLOSIVE)) {
            return new Judgement(EventSubtype.REMOTE_EXPLOSIVE_LANDMINE_IED, specific);
        }
        if (weapons.contains(Weapon.AIR)) {
            return new Judgement(EventSubtype.AIR_DRONE_STRIKE, specific);
        }
        if (weapons.contains(Weapon.SHELLING)) {
            return new Judgement(EventSubtype.SHELLING_ARTILLERY_MISSILE_ATTACK, specific);
        }
        if (kinds.contains(Kind.EXPLOSION) || (weapons.contains(Weapon.BOMB) && !attacking)) {
            return new Judgement(EventSubtype.REMOTE_EXPLOSIVE_LANDMINE_IED, 0.6);
        }
        if (kinds.contains(Kind.RIOT)) {
            return new Judgement(armedSides && !crowd ? EventSubtype.LOOTING_PROPERTY_DESTRUCTION
                    : EventSubtype.MOB_VIOLENCE, 0.6);
        }
        if (kinds.contains(Kind.LOOT)) {
            return new Judgement(crowd ? EventSubtype.MOB_VIOLENCE : EventSubtype.LOOTING_PROPERTY_DESTRUCTION, 0.6);
        }
        if (bombing && doer != Side.STATE && !kinds.contains(Kind.LAUNCH)) {
            // "a bombing" with no aircraft, shell or rocket named, not by a state's forces: a planted bomb
            return new Judgement(EventSubtype.REMOTE_EXPLOSIVE_LANDMINE_IED, 0.5);
        }
        if (kinds.contains(Kind.STRIKE) || kinds.contains(Kind.LAUNCH)) {
            return new Judgement(EventSubtype.AIR_DRONE_STRIKE, 0.5);
        }
        if (attacking) {
            if (doer == Side.CROWD && !armed) {
                return new Judgement(EventSubtype.MOB_VIOLENCE, 0.6);
            }
            if (!civilians && (doer == Side.ARMED || doer == Side.STATE)
                    && (sidesOfTargets(incident).contains(Side.STATE) || sidesOfTargets(incident).contains(Side.ARMED))) {
                return new Judgement(EventSubtype.ARMED_CLASH, 0.6);
            }
            return new Judgement(EventSubtype.ATTACK, civilians ? 0.7 : 0.55);
        }
        if (kinds.contains(Kind.INTERCEPT)) {
            return new Judgement(EventSubtype.DISRUPTED_WEAPONS_USE, 0.6);
        }
        if (kinds.contains(Kind.DESTROY)) {
            return new Judgement(EventSubtype.LOOTING_PROPERTY_DESTRUCTION, 0.55);
        }
        if (kinds.contains(Kind.ARREST)) {
            return new Judgement(EventSubtype.ARRESTS, 0.6);
        }
        return new Judgement(EventSubtype.OTHER, 0.4);
    }

    private static Set<Side> sidesOfTargets(List<IncidentReport> incident) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        incident.forEach(r -> sides.add(r.side2));
        return sides;
    }
}
