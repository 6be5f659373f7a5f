package org.sitrep.store;

/**
 * A relation as the store keeps it, with its ends resolved to actors where the article's entity links them.
 *
 * @param id           the relation's row id
 * @param articleId    the article it was read in
 * @param subject      who acts: the actor's name where resolved, else the name as written
 * @param subjectActor the subject's actor id, or null when it is linked to no actor
 * @param subjectType  the subject actor's entity type, or null
 * @param predicate    what the subject does ("supplies")
 * @param object       to whom (as for the subject), or null
 * @param objectActor  the object's actor id, or null
 * @param objectType   the object actor's entity type, or null
 * @param what         what is supplied, permitted, decreed or alleged, as written, or null
 * @param date         ISO date of the relation, or null
 * @param claimedBy    who claims it, or null when the article states it in its own voice
 * @param evidence     the sentences stating it, joined by spaces
 * @param start        where its trigger word starts in the article's text
 * @param end          where its trigger word ends
 * @param source       the article's source (file or feed name)
 * @param url          the article's URL, or null
 */
public record StoredRelation(long id, long articleId, String subject, Long subjectActor, String subjectType,
                             String predicate, String object, Long objectActor, String objectType, String what,
                             String date, String claimedBy, String evidence, int start, int end, String source,
                             String url) {
}
