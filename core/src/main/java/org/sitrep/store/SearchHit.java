package org.sitrep.store;

/**
 * One match of a full-text search.
 *
 * @param kind      {@code article} (a match in an article's title or text) or {@code quote}
 * @param articleId the article's id
 * @param title     the article's headline, or null
 * @param url       its URL, or null
 * @param sentence  the best matching sentence of the text (or the quote)
 * @param score     the rank, higher is better (SQLite: -bm25; PostgreSQL: ts_rank)
 */
public record SearchHit(String kind, long articleId, String title, String url, String sentence, double score) {
}
