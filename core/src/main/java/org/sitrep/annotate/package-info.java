/**
 * Annotate: an {@link org.sitrep.model.Article} in, an {@link org.sitrep.model.AnnotatedArticle} out (tokens,
 * sentences, recognised names, normalised times). {@link org.sitrep.annotate.CoreNlpAnnotator} runs CoreNLP once
 * per article and is, with {@link org.sitrep.annotate.StockPipeline} (the benchmark baseline), the only place
 * Stanford CoreNLP is used; its maps are turned into Sitrep records there and go no further.
 *
 * <p>Names: {@link org.sitrep.annotate.NameRecognizer} turns the CoNLL CRF's token labels into typed name
 * mentions through small stages: {@link org.sitrep.annotate.NameBoundaries} (split and trim spans),
 * {@link org.sitrep.annotate.KnownNames} (the bundled {@link org.sitrep.annotate.Gazetteer} of countries,
 * cities, organisations, demonyms and leaders), {@link org.sitrep.annotate.NamePatterns} (company suffixes,
 * weapon designations, datelines) and {@link org.sitrep.annotate.NameConsistency} (one class per name in a
 * document). Times: {@link org.sitrep.annotate.TimeTagger} runs SUTime only on sentences that can hold a time
 * expression, {@link org.sitrep.annotate.PeriodFinder} adds the periods SUTime misses, and
 * {@link org.sitrep.annotate.TimeNormaliser} brings values to TimeML's conventions, reading the tense of the
 * clause ({@link org.sitrep.annotate.TenseCue}) to place weekdays and months before or after the article date.
 * Depends only on {@code org.sitrep.model}.
 */
package org.sitrep.annotate;
