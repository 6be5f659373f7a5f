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
 * spans. For events, {@link org.sitrep.eval.CaseReader} reads CASE 2021 task 2 snippets scored into a
 * {@link org.sitrep.eval.CaseScore} under {@link org.sitrep.eval.CaseLabels};
 * {@link org.sitrep.eval.WikiEventsReader} and {@link org.sitrep.eval.RamsReader} read
 * {@link org.sitrep.eval.EventDocument}s, {@link org.sitrep.eval.PredictedMention} turns Sitrep's events into KAIROS
 * mentions under {@link org.sitrep.eval.KairosMapping}, and {@link org.sitrep.eval.EventScorer} counts them into
 * {@link org.sitrep.eval.EventCounts}.
 * Plain classes, testable without models; depends on {@code org.sitrep.model} (and Jackson, and
 * {@code org.sitrep.extract.NumberWords} to read victim counts), and the command line depends on it.
 */
package org.sitrep.eval;
