package org.sitrep.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.sitrep.Pipeline;
import org.sitrep.Sitrep;
import org.sitrep.export.FactsJson;
import org.sitrep.ingest.ArticleSink;
import org.sitrep.ingest.IngestException;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.Item;
import org.sitrep.model.Article;
import scala.Tuple2;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What one Spark partition does: reads its files into articles, runs the {@link Pipeline} over them (one worker:
 * Spark gives each core its own task) and returns one line per article (its facts as {@code extract} prints
 * them, with an {@code article_key} and the lossless {@code facts}) and one per problem. An article or a file
 * that fails is a problem line; the partition goes on. Captures only the budget and the default date.
 */
final class ExtractPartition implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, Line> {
    private final long budgetMillis;
    private final LocalDate defaultDate;

    ExtractPartition(Duration budget, LocalDate defaultDate) {
        this.budgetMillis = budget.toMillis();
        this.defaultDate = defaultDate;
    }

    @Override
    public Iterator<Line> call(Iterator<Tuple2<String, PortableDataStream>> files) {
        ObjectMapper mapper = new ObjectMapper();
        FactsJson json = new FactsJson(mapper);
        Ingestor ingestor = new Ingestor(defaultDate);
        List<Line> lines = new ArrayList<>();
        Sitrep sitrep = ExecutorModels.borrow();
        try (Pipeline pipeline = new Pipeline(() -> sitrep, 1, Duration.ofMillis(budgetMillis))) {
            while (files.hasNext()) {
                Tuple2<String, PortableDataStream> file = files.next();
                List<Item> items = read(ingestor, file._1(), file._2());
                pipeline.extract(items.iterator(), a -> true, new Pipeline.Listener() {
                    @Override
                    public void extracted(Pipeline.Extracted extracted) {
                        Article a = extracted.facts().article();
                        ObjectNode o = mapper.createObjectNode();
                        o.put("article_key", key(a));
                        o.setAll(json.toJson(extracted.facts()));
                        o.put("facts", FactsCodec.encode(extracted.facts()));
                        lines.add(new Line(Line.ARTICLE, o.toString()));
                    }

                    @Override
                    public void failed(Article article, String reason) {
                        lines.add(problem(mapper, article.source(), article.index(), reason));
                    }

                    @Override
                    public void skipped(Item.Skipped skipped) {
                        lines.add(problem(mapper, skipped.source(), null, skipped.reason()));
                    }
                });
            }
        } finally {
            ExecutorModels.release(sitrep);
        }
        return lines.iterator();
    }

    /** The key of an article in every table: its source and its place in it. */
    static String key(Article a) {
        return a.source() + "#" + a.index();
    }

    private static List<Item> read(Ingestor ingestor, String path, PortableDataStream data) {
        List<Item> items = new ArrayList<>();
        try {
            ingestor.read(path, data.open(), new ArticleSink() {
                @Override
                public void accept(Article article) {
                    items.add(new Item.Read(article));
                }

                @Override
                public void skipped(String source, String reason) {
                    items.add(new Item.Skipped(source, reason, false));
                }
            });
        } catch (IngestException e) {
            items.add(new Item.Skipped(e.source(), e.reason(), true));
        } catch (RuntimeException e) {
            items.add(new Item.Skipped(path, "cannot open: " + e.getMessage(), true));
        }
        return items;
    }

    private static Line problem(ObjectMapper mapper, String source, Integer index, String reason) {
        ObjectNode o = mapper.createObjectNode();
        o.put("source", source);
        if (index != null) {
            o.put("article", index);
        } else {
            o.putNull("article");
        }
        o.put("reason", reason);
        return new Line(Line.PROBLEM, o.toString());
    }
}
