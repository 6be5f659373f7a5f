package org.sitrep.store;

/**
 * One article that carries a statement.
 *
 * @param articleId the article's id in the store
 * @param source    where the article was read from
 * @param title     its headline, or null
 * @param url       its URL, or null
 * @param published its publication date (YYYY-MM-DD), or null
 * @param speaker   the speaker as this article names it, or null
 * @param start     where the quote starts in the article's text
 * @param end       where it ends (exclusive)
 */
public record QuoteSource(long articleId, String source, String title, String url, String published,
                          String speaker, int start, int end) {
}
