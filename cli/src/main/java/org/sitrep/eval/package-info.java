/**
 * Eval: scores Sitrep's stages on public gold data. {@link org.sitrep.eval.ConllReader} reads a CoNLL-2003 file
 * into {@link org.sitrep.eval.ConllDocument}s; {@link org.sitrep.eval.ConllArticle} lays one out as an article
 * body and turns the recogniser's name mentions back into token tags; {@link org.sitrep.eval.EntityChunks} reads
 * tag sequences (IOB1, IOB2, IOE, IOBES) into entities the way conlleval does, and
 * {@link org.sitrep.eval.NerScorer} counts exact span-and-type matches into a {@link org.sitrep.eval.NerScore};
 * {@link org.sitrep.eval.NerEvaluation} runs a recogniser over the documents and sums the scores. The
 * {@code TimeMl...} and {@code Time...} classes do the same for time expressions on TimeML files, and the
 * {@code Polnear...} and {@code Quote...} classes for quotes and speakers on PolNeAR's brat files
 * ({@link org.sitrep.eval.PolnearReader} reads them, {@link org.sitrep.eval.QuoteScorer} scores). For geoparsing,
 * {@link org.sitrep.eval.GeoGoldReader} reads GeoWebNews and LGL/TR-News gold files into
 * {@link org.sitrep.eval.GeoDocument}s, {@link org.sitrep.eval.GoldToponymType} says which gold toponyms are scored,
 * {@link org.sitrep.eval.GeoScorer} lines a {@link org.sitrep.eval.Geoparser}'s predictions up with them into a
 * {@link org.sitrep.eval.GeoScore}, and {@link org.sitrep.eval.GeoEvaluation} runs it end to end or on the gold
 * spans.
 * Plain classes, testable without models; depends on {@code org.sitrep.model} only, and the command line
 * depends on it.
 */
package org.sitrep.eval;
