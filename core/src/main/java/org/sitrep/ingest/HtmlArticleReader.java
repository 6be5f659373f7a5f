package org.sitrep.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one HTML page into an article: the body without the page chrome, its {@code h2}-{@code h4} headings,
 * and the headline, publication date, byline and address from the page's meta tags and JSON-LD. Malformed
 * HTML is read as browsers read it.
 */
public final class HtmlArticleReader {
    static final String NO_TEXT = "no article text found in HTML";

    /**
     * Reads the page {@code html}, the {@code index}th article of {@code source}. {@code url} (may be null) is
     * where the page was fetched; when null the page's canonical or Open Graph address is used. Throws an
     * {@link IngestException} when the page holds no article text.
     */
    public Article read(String source, int index, String html, String url) {
        return find(source, index, html, url, List.of())
                .orElseThrow(() -> new IngestException(source, NO_TEXT));
    }

    /** The plain body of an HTML fragment (a feed item's content): paragraphs separated by a blank line. */
    public static String textOf(String htmlFragment) {
        BodyAssembler body = new BodyAssembler();
        HtmlBody.fromFragment(htmlFragment, body);
        return body.body();
    }

    /**
     * The article of the page, or empty when it holds no article text. {@code problems} met before the page was
     * parsed (a guessed charset) are kept on the article.
     */
    Optional<Article> find(String source, int index, String html, String url, List<Problem> problems) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata metadata = PageMetadata.of(page);
        BodyAssembler body = new BodyAssembler();
        HtmlBody.fromPage(page, body);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(metadata.problems());
        String address = url != null && !url.isBlank() ? url : metadata.url();
        return Optional.of(new Article(source, index, metadata.title(), metadata.published(), null, body.headings(),
                body.body(), address, metadata.byline(), all));
    }
}
