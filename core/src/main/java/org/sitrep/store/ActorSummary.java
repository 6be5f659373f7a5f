package org.sitrep.store;

/**
 * An actor with how much the store says about it.
 *
 * @param id       the actor's id in the store
 * @param name     its name
 * @param type     its entity type
 * @param articles how many articles name it
 * @param mentions how many mentions name it
 * @param quotes   how many quotes it is the speaker of
 * @param events    how many incidents name it as an actor (through a linked entity or by its name)
 * @param relations how many relations it is the subject or object of
 */
public record ActorSummary(long id, String name, String type, long articles, long mentions, long quotes, long events,
                           long relations) {
}
