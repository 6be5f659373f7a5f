package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.model.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an HTML page says about its article outside the body: the headline, publication date, byline and
 * address, read from meta tags, JSON-LD, and a few conventional elements. Read before the page is cleaned,
 * since the JSON-LD lives in script elements.
 *
 * @param title     the headline, or null
 * @param published the publication date, or null
 * @param byline    the author(s), or null
 * @param url       the canonical or Open Graph address, or null
 * @param problems  metadata that was there but could not be read (a date that would not parse, broken JSON-LD)
 */
record PageMetadata(String title, LocalDate published, String byline, String url, List<Problem> problems) {

    /** Lenient, since JSON-LD in the wild has comments, trailing commas and raw newlines in strings. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(Article|BlogPosting|Report)$");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{10,})\\s+(\\||::|·|-|–|—)\\s+(.{1,60})$");
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{N}.'’&-]*";
    private static final Pattern SITE_NAME = Pattern.compile("^" + CAPITALISED + "(?:\\s+" + CAPITALISED + "){0,4}$");
    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    private static final int MAX_PROBLEMS = 10;

    PageMetadata {
        problems = List.copyOf(problems);
    }

    /** Reads the metadata of {@code page}. */
    static PageMetadata of(Document page) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> meta = metaTags(page);
        JsonNode ld = jsonLdArticle(page, problems).orElse(null);

        String title = first(meta.get("og:title"), HtmlBody.plainText(text(ld, "headline")), headingText(page.selectFirst("h1")),
                withoutSiteName(page.title(), meta.get("og:site_name")));
        LocalDate published = published(page, meta, ld, problems);
        String byline = first(notUrl(meta.get("author")), ld == null ? null : personNames(ld.get("author")),
                textOf(page.selectFirst("a[rel=author]")), textOf(page.selectFirst(".byline")));
        if (byline != null) {
            byline = BY.matcher(byline).replaceFirst("");
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? null : canonical.absUrl("href"), meta.get("og:url"),
                canonical == null ? null : canonical.attr("href"));
        return new PageMetadata(title, published, byline, url,
                problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }

    /**
     * The names in a JSON-LD or JSON author value: a string, an object with a {@code name}, or an array of
     * either, joined by ", "; null when there are none.
     */
    static String personNames(JsonNode author) {
        if (author == null || author.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode person : author.isArray() ? author : List.of(author)) {
            String name = person.isTextual() ? person.asText() : text(person, "name");
            name = BodyAssembler.collapseWhitespace(name);
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Meta tag contents by lower-cased property, name or itemprop; the first of each wins. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> meta = new HashMap<>();
        for (Element tag : page.select("meta[content]")) {
            String content = BodyAssembler.collapseWhitespace(tag.attr("content"));
            for (String key : List.of("property", "name", "itemprop")) {
                if (tag.hasAttr(key) && !content.isEmpty()) {
                    meta.putIfAbsent(tag.attr(key).strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return meta;
    }

    /** A place a page may state its publication date, and what it says there (or null). */
    private record DateSource(String where, String value) {
    }

    /** The first date that reads, in order of trust; the unreadable ones become problems when none reads. */
    private static LocalDate published(Document page, Map<String, String> meta, JsonNode ld, List<Problem> problems) {
        Element itemprop = page.selectFirst("[itemprop=datePublished]");
        Element time = page.selectFirst("time[pubdate][datetime], article time[datetime], time[datetime]");
        List<DateSource> sources = List.of(
                new DateSource("meta article:published_time", meta.get("article:published_time")),
                new DateSource("meta og:published_time", meta.get("og:published_time")),
                new DateSource("itemprop datePublished", itemprop == null ? null
                        : first(itemprop.attr("content"), itemprop.attr("datetime"), itemprop.text())),
                new DateSource("meta date", first(meta.get("date"), meta.get("pubdate"), meta.get("dc.date"),
                        meta.get("dc.date.issued"), meta.get("dcterms.date"))),
                new DateSource("time datetime", time == null ? null : time.attr("datetime")),
                new DateSource("JSON-LD datePublished", text(ld, "datePublished")));
        List<Problem> unread = new ArrayList<>();
        for (DateSource source : sources) {
            if (source.value() == null || source.value().isBlank()) {
                continue;
            }
            Optional<LocalDate> date = PublishedDate.parse(source.value());
            if (date.isPresent()) {
                return date.get();
            }
            unread.add(new Problem("ingest", "publication date '" + source.value() + "' (" + source.where()
                    + ") is not a date"));
        }
        problems.addAll(unread);
        return null;
    }

    /** The JSON-LD object that describes the article: an article type first, else any with a headline. */
    private static Optional<JsonNode> jsonLdArticle(Document page, List<Problem> problems) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.select("script[type]")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            try {
                collectObjects(JSON.readTree(script.data()), objects);
            } catch (JsonProcessingException e) {
                problems.add(new Problem("ingest", "malformed JSON-LD ignored: " + e.getOriginalMessage()));
            }
        }
        return objects.stream().filter(PageMetadata::isArticle).findFirst()
                .or(() -> objects.stream().filter(o -> o.hasNonNull("headline") || o.hasNonNull("datePublished"))
                        .findFirst());
    }

    /** Flattens arrays and {@code @graph}s into their objects. */
    private static void collectObjects(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectObjects(n, into));
        } else if (node.isObject()) {
            into.add(node);
            collectObjects(node.get("@graph"), into);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (t.isTextual() && ARTICLE_TYPE.matcher(t.asText()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A text field of a JSON object, or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isValueNode() ? value.asText() : null;
    }

    /**
     * A {@code <title>} without trailing site or section names ("Headline | Site Name"): a part after a bar is
     * always dropped, a part after a dash only when it is the site name or a short Title Case name.
     */
    private static String withoutSiteName(String title, String siteName) {
        String clean = BodyAssembler.collapseWhitespace(title);
        for (var suffix = TITLE_SUFFIX.matcher(clean); suffix.matches(); suffix = TITLE_SUFFIX.matcher(clean)) {
            String name = suffix.group(3);
            boolean bar = !"-–—".contains(suffix.group(2));
            if (!bar && !name.equalsIgnoreCase(siteName) && !SITE_NAME.matcher(name).matches()) {
                break;
            }
            clean = suffix.group(1);
        }
        return clean;
    }

    private static String notUrl(String value) {
        return value == null || value.matches("(?i)^https?://.*") ? null : value;
    }

    private static String headingText(Element h1) {
        return h1 == null ? null : HtmlBody.headingText(h1);
    }

    private static String textOf(Element element) {
        return element == null ? null : element.text();
    }

    /** The first non-blank value, whitespace collapsed; null when there is none. */
    static String first(String... values) {
        for (String value : values) {
            String clean = BodyAssembler.collapseWhitespace(value);
            if (!clean.isEmpty()) {
                return clean;
            }
        }
        return null;
    }
}
