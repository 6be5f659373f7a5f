package org.sitrep.ingest;

import org.sitrep.model.Article;
import org.sitrep.model.Dateline;
import org.sitrep.model.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits plain wire text into articles. A new article starts at a dateline line, together with the headline
 * line right above it; text before the first dateline is an article of its own. Site boilerplate is dropped
 * (chrome lines such as {@code Subscribe Free To Our Daily Newsletters}, and everything from a
 * {@code Related Links} trailer to the next article), and section headings such as {@code - Deadly dorm
 * strike -} become headings.
 */
public final class WireTextSplitter {

    private static final Pattern DASHED_HEADING = Pattern.compile("^\\s*[-–—]+\\s+(.{1,150}?)\\s+[-–—]+\\s*$");
    private static final Pattern CHROME = Pattern.compile("(?i)^\\W*(?:"
            + "subscribe\\b.*|sign up\\b.*|advertisement|advertising|sponsored( content)?|share( this( article| story)?)?"
            + "|tweet|email|print|comments?|read more\\b.*|click here\\b.*|follow us\\b.*|all rights reserved.*"
            + "|copyright\\b.*|©.*|\\(c\\) \\d{4}.*|terms of (use|service)|privacy policy|cookie (policy|settings)"
            + "|skip to (main )?content|back to top|most popular|trending( now)?|you may also like|recommended( for you)?"
            + "|more from .{1,40}|listen to (this )?article|loading\\W*)\\W*$");
    private static final Pattern TRAILER = Pattern.compile("(?i)^\\W*(?:related (links|stories|articles|coverage)"
            + "|read (also|next)|see also|more on this( story)?)\\W*$");
    private static final int MAX_HEADLINE = 250;

    private final DatelineParser datelines = new DatelineParser();

    /**
     * Splits {@code text} read from {@code source} into articles. {@code defaultDate} (may be null) is the
     * publication date of articles whose dateline gives none, and the year for datelines without one.
     */
    public List<Article> split(String source, String text, LocalDate defaultDate, List<Problem> problems) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Article> articles = new ArrayList<>();
        Segment current = new Segment(null, null);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Optional<DatelineParser.Found> found = line.isEmpty() ? Optional.empty() : datelines.find(line, defaultDate);
            if (found.isPresent()) {
                String headline = current.takeHeadline();
                addIfNotEmpty(articles, current.finish(source, articles.size(), defaultDate, problems));
                current = new Segment(headline, found.get().dateline());
                current.line(line.substring(found.get().end()));
            } else {
                current.line(line);
            }
        }
        addIfNotEmpty(articles, current.finish(source, articles.size(), defaultDate, problems));
        return articles;
    }

    private static void addIfNotEmpty(List<Article> articles, Article article) {
        if (article != null) {
            articles.add(article);
        }
    }

    private record Block(boolean heading, String text) {
    }

    /** The lines of one article, classified as they come. */
    private static final class Segment {
        private final String title;
        private final Dateline dateline;
        private final List<Block> blocks = new ArrayList<>();
        private boolean inTrailer;
        /** The last non-empty line, when it could be a headline: an ordinary line, kept or dropped as trailer. */
        private String headlineCandidate;
        private boolean candidateInBody;

        Segment(String title, Dateline dateline) {
            this.title = title;
            this.dateline = dateline;
        }

        void line(String line) {
            if (line.isEmpty()) {
                return;
            }
            headlineCandidate = null;
            candidateInBody = false;
            if (TRAILER.matcher(line).matches()) {
                inTrailer = true;
                return;
            }
            if (CHROME.matcher(line).matches()) {
                return;
            }
            var heading = DASHED_HEADING.matcher(line);
            if (heading.matches()) {
                if (!inTrailer) {
                    blocks.add(new Block(true, heading.group(1)));
                }
                return;
            }
            headlineCandidate = line;
            if (!inTrailer) {
                blocks.add(new Block(false, line));
                candidateInBody = true;
            }
        }

        /**
         * Removes and returns the last line when it can be the headline of the article whose dateline follows:
         * an ordinary short line right above the dateline, without closing punctuation unless it is the only
         * line before it.
         */
        String takeHeadline() {
            String line = headlineCandidate;
            if (line == null || line.length() > MAX_HEADLINE) {
                return null;
            }
            // A line ending like a sentence is a headline only when it stands alone above the dateline.
            boolean alone = candidateInBody && blocks.size() == 1;
            if (!alone && line.matches(".*[.!?:;,\"”'’)]$")) {
                return null;
            }
            if (candidateInBody) {
                blocks.remove(blocks.size() - 1);
            }
            return line;
        }

        Article finish(String source, int index, LocalDate defaultDate, List<Problem> problems) {
            BodyAssembler body = new BodyAssembler();
            for (Block block : blocks) {
                if (block.heading()) {
                    body.heading(block.text());
                } else {
                    body.paragraph(block.text());
                }
            }
            if (body.isEmpty()) {
                return null;
            }
            LocalDate published = dateline != null && dateline.date() != null ? dateline.date() : defaultDate;
            return new Article(source, index, title, published, dateline, body.headings(), body.body(), null, null,
                    problems);
        }
    }
}
