package org.sitrep.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSS or Atom feed into articles, one per item: its title, link, publication date (the UTC day) and
 * author, and its body from the full content ({@code content:encoded}, Atom {@code content}) when there is
 * one, else from the description or summary. DOCTYPE declarations are refused (Rome's default, set here
 * explicitly), so no external entity is ever resolved.
 */
public final class FeedReader {
    /** An RSS {@code <author>} is an address, often with the name in parentheses: "desk@example.org (Ana Ruiz)". */
    private static final Pattern MAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    /**
     * One item of a feed: its link (or null), the time it says it was published or updated (or null), a hash of
     * what it says (title, link, times, content) to tell a changed item, and its article when it carries text.
     */
    public record Entry(int item, String link, Date updated, String hash, Article article) {
    }

    /** Reads the feed in {@code bytes}; skipped items are named {@code source item n}, counting from 1. */
    public void read(String source, byte[] bytes, ArticleSink sink) {
        for (Entry entry : entries(source, bytes)) {
            if (entry.article() == null) {
                sink.skipped(source + " item " + entry.item(), "no text");
            } else {
                sink.accept(entry.article());
            }
        }
    }

    /** Every item of the feed in {@code bytes}, with or without text; articles are numbered from 0. */
    public List<Entry> entries(String source, byte[] bytes) {
        SyndFeed feed = parse(source, bytes);
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        int item = 0;
        for (SyndEntry entry : feed.getEntries()) {
            item++;
            BodyAssembler body = new BodyAssembler();
            SyndContent content = content(entry);
            if (content != null) {
                String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
                if (type.equals("text") || type.equals("text/plain")) {
                    PlainTextBody.assemble(content.getValue(), body);
                } else {
                    HtmlBody.fromFragment(content.getValue(), body);
                }
            }
            String link = link(entry);
            Date updated = entry.getUpdatedDate() != null ? entry.getUpdatedDate() : entry.getPublishedDate();
            String hash = Hashes.sha256(String.join("\u0000", String.valueOf(entry.getTitle()), String.valueOf(link),
                    String.valueOf(entry.getPublishedDate()), String.valueOf(entry.getUpdatedDate()),
                    content == null ? "" : String.valueOf(content.getValue())));
            Article article = body.isEmpty() ? null : new Article(source, index++, HtmlBody.plainText(entry.getTitle()),
                    published(entry), null, body.headings(), body.body(), link, author(entry), List.of());
            entries.add(new Entry(item, link, updated, hash, article));
        }
        return entries;
    }

    private static SyndFeed parse(String source, byte[] feed) {
        byte[] bytes = feed.clone();
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        boolean doctype = blankDoctype(bytes);
        try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes))) {
            return input.build(xml);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new IngestException(source, "not a valid RSS/Atom feed"
                    + (doctype ? " (its DOCTYPE was ignored: no DTD or entity is read)" : "") + ": "
                    + Problem.excerpt(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Blanks out a DOCTYPE declaration before the root element, internal subset included, so that no DTD is
     * fetched and no entity is declared (old RSS 0.91 feeds carry one); says whether there was one. The parser
     * itself refuses any DOCTYPE left, so none is ever read.
     */
    static boolean blankDoctype(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PROLOG_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DOCTYPE_DECLARATION.matcher(head);
        if (!m.find()) {
            return false;
        }
        Arrays.fill(bytes, m.start(), m.end(), (byte) ' ');
        return true;
    }

    private static final int PROLOG_BYTES = 16 * 1024;
    /** A DOCTYPE declaration with its internal subset, bounded (the {@link Ingestor} sniffs feeds through it). */
    static final String DOCTYPE = "<!DOCTYPE[^\\[>]{0,1000}(?:\\[[^\\]]{0,12000}\\])?\\s*>";
    private static final Pattern DOCTYPE_DECLARATION = Pattern.compile("(?i)" + DOCTYPE);

    /** The first non-blank full content, else the description. */
    private static SyndContent content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content;
            }
        }
        return entry.getDescription();
    }

    private static LocalDate published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String link(SyndEntry entry) {
        String link = PageMetadata.first(entry.getLink());
        if (link == null && entry.getUri() != null && entry.getUri().matches("(?i)^https?://.*")) {
            link = entry.getUri().strip();
        }
        return link;
    }

    private static String author(SyndEntry entry) {
        List<String> names = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            String name = PageMetadata.first(person.getName());
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        String author = names.isEmpty() ? PageMetadata.first(entry.getAuthor()) : String.join(", ", names);
        if (author != null) {
            Matcher mail = MAIL_WITH_NAME.matcher(author);
            if (mail.matches()) {
                author = mail.group(1).strip();
            }
        }
        return author;
    }
}
