package org.sitrep.extract;

import org.sitrep.model.Actor;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceKind;
import org.sitrep.model.Span;

import java.util.List;

/**
 * Names an event or relation actor whose words stand for a government as that government's country: "Moscow
 * invades", "the Kremlin threatened", "Washington gave Kyiv permission" are Russia, Russia, the United States and
 * Ukraine. Which names stand for a government is the places stage's reading ({@link Place#metonymy()}, from
 * {@link MetonymyReader} for capitals and always for seats of power such as the Kremlin). The country is the
 * article's entity for it when there is one (an entity with a mention the places stage resolved to that country,
 * not as a metonym), else the country's name with no entity. The actor keeps the span of its own words.
 */
final class GovernmentActors {
    private final List<Entity> entities;
    private final List<Place> places;

    GovernmentActors(List<Entity> entities, List<Place> places) {
        this.entities = List.copyOf(entities);
        this.places = List.copyOf(places);
    }

    /** {@code actor}, or the country it stands for when its words are a metonym; null for null. */
    Actor name(Actor actor) {
        if (actor == null || actor.span() == null) {
            return actor;
        }
        Place seat = metonymAt(actor.span());
        if (seat == null) {
            return actor;
        }
        Entity country = countryEntity(seat);
        return country != null ? new Actor(country.name(), country.id(), actor.span())
                : new Actor(seat.name(), null, actor.span());
    }

    /**
     * Whether the words at {@code span} are a city or town the places stage read as the place itself, not as a
     * government ("talks in Moscow", "a strike on Kyiv"): such a name is no actor.
     */
    boolean isSettlement(Span span) {
        for (Place p : places) {
            if (!p.metonymy() && (p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.TOWN) && p.span().equals(span)) {
                return true;
            }
        }
        return false;
    }

    private Place metonymAt(Span span) {
        for (Place p : places) {
            if (p.metonymy() && p.span().overlaps(span)) {
                return p;
            }
        }
        return null;
    }

    /** The article's entity for the country a metonym stands for, or null. */
    private Entity countryEntity(Place seat) {
        String byName = Entities.idNamed(entities, seat.name());
        Entity fallback = null;
        for (Entity e : entities) {
            if (e.id().equals(byName)) {
                return e;
            }
            if (fallback == null && seat.country() != null && namesCountry(e, seat.country())) {
                fallback = e;
            }
        }
        return fallback;
    }

    /** Whether one of the entity's mentions is the country {@code code} itself, not a metonym or demonym of it. */
    private boolean namesCountry(Entity e, String code) {
        if (e.type() == EntityType.NORP) {
            return false; // "Russian" is a demonym of Russia, not its name
        }
        for (Mention m : e.mentions()) {
            for (Place p : places) {
                if (!p.metonymy() && p.kind() == PlaceKind.COUNTRY && code.equals(p.country())
                        && p.span().equals(m.span())) {
                    return true;
                }
            }
        }
        return false;
    }
}
