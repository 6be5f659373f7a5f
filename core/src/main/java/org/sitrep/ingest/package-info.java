/**
 * Ingest: raw inputs (plain wire text, HTML pages, JSON Lines, WARC archives, RSS and Atom feeds) in,
 * {@link org.sitrep.model.Article}s out, each with a clean body, its metadata and its headings.
 * {@link org.sitrep.ingest.Ingestor} picks the reader for an input. jsoup, jwarc and Rome are used here and
 * nowhere else. Depends only on {@code org.sitrep.model}.
 */
package org.sitrep.ingest;
