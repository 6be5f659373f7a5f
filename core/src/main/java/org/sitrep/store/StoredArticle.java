package org.sitrep.store;

/**
 * An article's header as the store keeps it, for listing and export without its facts.
 *
 * @param id        the article's id in the store
 * @param source    its source (file or feed name)
 * @param title     its headline, or null
 * @param url       its URL, or null
 * @param published the ISO date it was published, or null
 */
public record StoredArticle(long id, String source, String title, String url, String published) {
}
