package org.sitrep.store;

import org.sitrep.model.Span;

import java.util.List;

/**
 * One article's report of an incident: what that article claims, kept beside the consolidated figures so that
 * sources that disagree stay visible.
 *
 * @param eventId    the event row (the report) in the store
 * @param articleId  the article it was read in
 * @param localId    its id in the article ({@code V1})
 * @param source     the article's source (file or feed name)
 * @param url        the article's URL, or null
 * @param title      the article's headline, or null
 * @param published  the day the article was published (else its dateline's date), or null
 * @param subtype    ACLED's sub-event type the article gives
 * @param date       the date the article gives the incident, or null
 * @param fatalities the people killed it reports, or null
 * @param qualifier  how it qualifies that figure ("at least"), or null
 * @param injured    the people injured it reports, or null
 * @param evidence   the clauses of the article's text that report it, in body order
 */
public record Claim(long eventId, long articleId, String localId, String source, String url, String title,
                    String published, String subtype, String date, Integer fatalities, String qualifier,
                    Integer injured, List<Span> evidence) {
    public Claim {
        evidence = List.copyOf(evidence);
    }
}
