package org.sitrep.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sitrep.model.ArticleFacts;
import org.sitrep.store.Fusion;
import org.sitrep.store.Ingested;
import org.sitrep.store.Store;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * {@code import-parquet}: stores the articles of a {@code spark-extract} output with their facts, in the order
 * {@code ingest} would have read them (by source, then place in the source), one transaction each, then fuses:
 * the store then answers as if {@code ingest} had read the same inputs.
 */
final class ParquetImport {
    /** What an import did: articles per outcome, and the fusion. */
    record Result(Map<Ingested, Integer> outcomes, Fusion fusion) {
    }

    private ParquetImport() {
    }

    static Result run(SparkSession spark, String dir, Store db, String extractorVersion) {
        Iterator<Row> rows = spark.read().parquet(dir.replaceAll("/+$", "") + "/articles")
                .select(col("source"), col("article"), col("facts"))
                .orderBy(col("source"), col("article"))
                .toLocalIterator();
        Map<Ingested, Integer> outcomes = new EnumMap<>(Ingested.class);
        while (rows.hasNext()) {
            ArticleFacts facts = FactsCodec.decode(rows.next().getString(2));
            outcomes.merge(db.put(facts, extractorVersion), 1, Integer::sum);
        }
        return new Result(outcomes, db.resolve());
    }
}
