package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON Lines, one article per line: an object with the body as {@code text} (plain text, blank lines
 * or line breaks between paragraphs, {@code - Heading -} lines as headings) or as {@code html} (a page, read
 * by {@link HtmlArticleReader}), and optionally {@code title}, {@code url}, {@code published} and
 * {@code author}, which win over what the HTML says. Blank lines are passed over; a line that holds no article
 * is reported to the sink as skipped, and reading goes on.
 */
public final class JsonLinesReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final HtmlArticleReader htmlReader = new HtmlArticleReader();

    /** Reads every line of {@code in}; articles are numbered from 0 and skipped lines named {@code source:line}. */
    public void read(String source, BufferedReader in, ArticleSink sink) {
        int index = 0;
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.accept(article(source, index, line));
                    index++;
                } catch (SkippedLine e) {
                    sink.skipped(source + ":" + lineNumber, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new IngestException(source, "cannot read line " + (lineNumber + 1) + ": " + e.getMessage(), e);
        }
    }

    private Article article(String source, int index, String line) throws SkippedLine {
        JsonNode json;
        try {
            json = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new SkippedLine("invalid JSON at column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new SkippedLine("not a JSON object");
        }
        String text = field(json, "text");
        String html = field(json, "html");
        if (text == null && html == null) {
            throw new SkippedLine("neither a \"text\" nor an \"html\" field");
        }
        List<Problem> problems = new ArrayList<>();
        String title = PageMetadata.first(field(json, "title"));
        String url = PageMetadata.first(field(json, "url"));
        String author = PageMetadata.personNames(json.get("author"));
        LocalDate published = published(field(json, "published"), problems);

        if (text != null && !text.isBlank()) {
            BodyAssembler body = new BodyAssembler();
            PlainTextBody.assemble(text, body);
            if (body.isEmpty()) {
                throw new SkippedLine("no article text (only headings)");
            }
            return new Article(source, index, title, published, null, body.headings(), body.body(), url, author,
                    problems);
        }
        if (html == null || html.isBlank()) {
            throw new SkippedLine("empty " + (text != null ? "text" : "html"));
        }
        Article page = htmlReader.find(source, index, html, url, problems)
                .orElseThrow(() -> new SkippedLine(HtmlArticleReader.NO_TEXT));
        return new Article(source, index, title != null ? title : page.title(),
                published != null ? published : page.published(), null, page.headings(), page.text(),
                page.url(), author != null ? author : page.byline(), page.problems());
    }

    private static LocalDate published(String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = PublishedDate.parse(value).orElse(null);
        if (date == null) {
            problems.add(new Problem("ingest", "\"published\" value '" + value + "' is not a date"));
        }
        return date;
    }

    /** A scalar field as text, or null when it is missing, null, an object or an array. */
    private static String field(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** A line that holds no article; the message is the reason. */
    private static final class SkippedLine extends Exception {
        SkippedLine(String reason) {
            super(reason, null, false, false);
        }
    }
}
