/**
 * The command line: picocli commands, each a small class. {@link org.sitrep.cli.ExtractCommand} runs the flow
 * (ingest, then {@link org.sitrep.Sitrep}) and prints each article's facts as JSON through
 * {@link org.sitrep.export.FactsJson}; the {@code Eval...Command}s score the extractors on gold data with the
 * scorers of {@code org.sitrep.eval}; {@link org.sitrep.cli.BenchCommand} measures throughput.
 * {@link org.sitrep.cli.IngestCommand} keeps articles and facts in a {@link org.sitrep.store.Store} (the database is
 * named by {@link org.sitrep.cli.StoreOption}, {@code --db}); {@code QuotesCommand}, {@code ActorsCommand},
 * {@code SearchCommand} and {@code ExportCommand} read it back; {@code BenchStoreCommand} times the store alone.
 * picocli and the
 * JSON output format live here and nowhere else. Exit codes: 0 done, 1 some inputs failed, 2 bad usage.
 */
package org.sitrep.cli;
