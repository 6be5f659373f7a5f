/**
 * Extract: an {@link org.sitrep.model.AnnotatedArticle} in, facts out. Each extractor is a small class with one
 * public method that reads the annotations and returns new records ({@link org.sitrep.extract.EntityGrouper}:
 * entities; {@link org.sitrep.extract.AmountFinder}: amounts); {@link org.sitrep.extract.ArticleExtractor}
 * gathers them into an {@link org.sitrep.model.ArticleFacts}. Depends only on {@code org.sitrep.model}.
 */
package org.sitrep.extract;
