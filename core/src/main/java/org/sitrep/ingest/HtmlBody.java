package org.sitrep.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Finds the article body in an HTML page and hands its blocks to a {@link BodyAssembler}: page chrome is
 * dropped (navigation, headers and footers, asides, forms, scripts, hidden elements, and anything whose class
 * or id names ads, promos, related links, newsletters, sharing, comments, cookie banners and the like), the
 * body is the article element that holds the text, or else the element with the most paragraph text, and
 * within it paragraph blocks become paragraphs and {@code h2}-{@code h4} become headings. Link lists and
 * chrome lines ("Read more: ...", "Advertisement") are left out.
 */
final class HtmlBody {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
            "svg", "canvas", "math", "img", "picture", "video", "audio", "object", "embed", "button", "input",
            "select", "textarea", "label", "figure", "figcaption", "link", "meta", "head", "title", "map");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside", "form", "dialog", "menu");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar");
    private static final Pattern CHROME_NAME = Pattern.compile("(?i)(?:^|[^a-z0-9])(?:ads?|adv|advert\\w*|adsbygoogle"
            + "|dfp|promo\\w*|sponsor\\w*|related|recommend\\w*|newsletter\\w*|subscri\\w*|signup|sign-up|share|sharing"
            + "|sharethis|social|comments?|disqus|cookies?|consent|gdpr|onetrust|breadcrumbs?|paywall|popup|modal"
            + "|sidebar|widget|outbrain|taboola|recirc\\w*|trending|most-?popular|most-?read|more-?stories"
            + "|read-?more|byline|author|footer|header|tags|topics|caption|credits?|toolbar|masthead|menu"
            + "|skip-?link|pagination|pager|twitter-tweet|instagram-media)(?:$|[^a-z0-9])");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "div", "dl", "dt", "fieldset", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "thead", "tbody",
            "tfoot", "tr", "td", "th", "caption", "ul");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4");
    private static final Set<String> SKIPPED_HEADINGS = Set.of("h1", "h5", "h6");
    private static final Pattern CHROME_LINE = Pattern.compile("(?i)^\\W*(?:advertisement|advertising"
            + "|sponsored(?: content)?|skip to (?:main )?content|share(?: this)?(?: article| story| on \\w+)?"
            + "|(?:read|see) (?:more|also|next)|related(?: stories| articles| coverage| links| content| news)?"
            + "|more (?:on this(?: story)?|from [\\w ]{1,40})|most (?:read|popular|viewed)|you (?:may|might) also like"
            + "|recommended(?: for you)?|(?:follow us|subscribe|sign up)\\b.*|all rights reserved.*|(?:copyright|©).*"
            + "|(?:read more|related|read also|see also|also read|more on this(?: story)?)\\s*:.*)\\W*$");
    private static final int MAX_CHROME_LINE = 200;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
    private static final Pattern ANY_TAG = Pattern.compile("<[A-Za-z!/]");
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int MIN_WRAPPED_PARAGRAPHS = 3;

    private HtmlBody() {
    }

    /** Hands the article body of {@code page} to {@code out}; removes the page chrome from {@code page}. */
    static void fromPage(Document page, BodyAssembler out) {
        Element body = page.body();
        ToIntFunction<Element> weight = weightFor(body);
        dropChrome(body, weight, weight.applyAsInt(body));
        new Walk(out).visitRoot(articleRoot(body, weight));
    }

    /**
     * Hands the paragraphs and headings of an HTML fragment (a feed item's content) to {@code out}. A fragment
     * without any tag is taken as plain text: its entities are decoded and blank lines separate paragraphs.
     */
    static void fromFragment(String html, BodyAssembler out) {
        if (html == null || html.isBlank()) {
            return;
        }
        if (!ANY_TAG.matcher(html).find()) {
            PlainTextBody.assemble(Parser.unescapeEntities(html, false), out);
            return;
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        ToIntFunction<Element> weight = weightFor(body);
        dropChrome(body, weight, weight.applyAsInt(body));
        new Walk(out).visitRoot(body);
    }

    /** The plain text of a short HTML string such as a title: tags dropped, entities decoded, spaces collapsed. */
    static String plainText(String html) {
        if (html == null) {
            return null;
        }
        return BodyAssembler.collapseWhitespace(ANY_TAG.matcher(html).find() ? Jsoup.parse(html).text()
                : Parser.unescapeEntities(html, false));
    }

    /**
     * How much article text an element holds: its paragraph text when the page has paragraphs, else all its
     * text.
     */
    private static ToIntFunction<Element> weightFor(Element body) {
        if (body.selectFirst("p, pre") == null) {
            return e -> e.text().length();
        }
        return e -> e.select("p, pre").stream().mapToInt(p -> p.text().length()).sum();
    }

    /**
     * Removes what is never text, and chrome, from the children of {@code parent}, top down. Chrome that wraps
     * the article (several paragraphs, half the page's text) is kept: a page inside one {@code <form>}, an
     * article whose class says "has-comments".
     */
    private static void dropChrome(Element parent, ToIntFunction<Element> weight, int total) {
        for (Element child : new ArrayList<>(parent.children())) {
            if (NEVER_TEXT.contains(child.normalName()) || isHidden(child)
                    || isChrome(child) && !wrapsArticle(child, weight, total)) {
                child.remove();
            } else {
                dropChrome(child, weight, total);
            }
        }
    }

    private static boolean wrapsArticle(Element e, ToIntFunction<Element> weight, int total) {
        return e.select("p").size() >= MIN_WRAPPED_PARAGRAPHS && weight.applyAsInt(e) * 2 > total;
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden").strip())
                || HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    private static boolean isChrome(Element e) {
        return CHROME_TAGS.contains(e.normalName())
                || CHROME_ROLES.contains(e.attr("role").strip().toLowerCase(java.util.Locale.ROOT))
                || CHROME_NAME.matcher(e.className() + " " + e.id()).find();
    }

    /**
     * The element that holds the article: the heaviest {@code [itemprop=articleBody]}, else {@code <article>},
     * else {@code <main>}, when it holds at least half as much text as the densest element; else the densest.
     */
    private static Element articleRoot(Element body, ToIntFunction<Element> weight) {
        Element densest = densest(body);
        int least = (weight.applyAsInt(densest) + 1) / 2;
        for (String selector : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
            Element best = body.select(selector).stream().max(Comparator.comparingInt(weight)).orElse(null);
            if (best != null && weight.applyAsInt(best) > 0 && weight.applyAsInt(best) >= least) {
                return best;
            }
        }
        return densest;
    }

    /**
     * A readability-style choice: each paragraph scores its parent with its non-link text length and its
     * grandparent with half of that. The best-scoring element wins, climbing to its parent while the parent
     * scores nearly as well, and once more when a sibling holds a good share of the text too (a body split into
     * several blocks, say around inline ads).
     */
    private static Element densest(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre")) {
            double length = p.text().length() * (1 - linkDensity(p));
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, length, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2, Double::sum);
                }
            }
        }
        Element best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
        double score = scores.getOrDefault(best, 0.0);
        while (best != body && best.parent() != null && scores.getOrDefault(best.parent(), 0.0) >= 0.75 * score) {
            best = best.parent();
        }
        if (best != body && best.parent() != null && best.siblingElements().stream()
                .anyMatch(sibling -> scores.getOrDefault(sibling, 0.0) >= 0.25 * score)) {
            best = best.parent();
        }
        return best;
    }

    /** The share of an element's text that is link text. */
    private static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, (double) links / length);
    }

    /** Walks an article root in reading order, gathering inline text into paragraphs at block boundaries. */
    private static final class Walk {
        private final BodyAssembler out;
        private final StringBuilder run = new StringBuilder();
        private final List<String> headings = new ArrayList<>();

        Walk(BodyAssembler out) {
            this.out = out;
        }

        void visitRoot(Element root) {
            String tag = root.normalName();
            if (HEADINGS.contains(tag) || SKIPPED_HEADINGS.contains(tag)) {
                visitHeading(root, HEADINGS.contains(tag));
            } else {
                root.childNodes().forEach(this::visit);
            }
            flush();
        }

        private void visit(Node node) {
            if (node instanceof TextNode text) {
                run.append(text.getWholeText().replaceAll("\\s+", " "));
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                run.append('\n');
            } else if (!BLOCKS.contains(tag)) {
                e.childNodes().forEach(this::visit);
            } else {
                flush();
                if (HEADINGS.contains(tag) || SKIPPED_HEADINGS.contains(tag)) {
                    visitHeading(e, HEADINGS.contains(tag));
                } else if (linkDensity(e) <= MAX_LINK_DENSITY) {
                    e.childNodes().forEach(this::visit);
                    flush();
                }
            }
        }

        /**
         * A heading's leading inline text is the heading (kept when {@code kept}); blocks inside it, as when an
         * unclosed {@code <h1>} swallows the paragraphs after it, are read as body.
         */
        private void visitHeading(Element heading, boolean kept) {
            int firstBlock = firstBlockChild(heading);
            if (kept) {
                heading(headingText(heading));
            }
            List<Node> children = heading.childNodes();
            children.subList(firstBlock, children.size()).forEach(this::visit);
            flush();
        }

        /** A heading waits for the paragraph it heads; one that heads nothing is dropped. */
        private void heading(String text) {
            String clean = BodyAssembler.collapseWhitespace(text);
            if (!clean.isEmpty() && !isChromeLine(clean)) {
                headings.add(clean);
            }
        }

        private void flush() {
            for (String paragraph : PARAGRAPH_BREAK.split(run)) {
                String clean = BodyAssembler.collapseWhitespace(paragraph);
                if (!clean.isEmpty() && !isChromeLine(clean)) {
                    headings.forEach(out::heading);
                    headings.clear();
                    out.paragraph(clean);
                }
            }
            run.setLength(0);
        }
    }

    /** The text of a heading element up to its first block child. */
    static String headingText(Element heading) {
        StringBuilder text = new StringBuilder();
        List<Node> children = heading.childNodes();
        for (Node child : children.subList(0, firstBlockChild(heading))) {
            text.append(child instanceof TextNode t ? t.text() : child instanceof Element e ? e.text() : "");
        }
        return BodyAssembler.collapseWhitespace(text.toString());
    }

    private static int firstBlockChild(Element e) {
        List<Node> children = e.childNodes();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof Element child && BLOCKS.contains(child.normalName())) {
                return i;
            }
        }
        return children.size();
    }

    private static boolean isChromeLine(String text) {
        return text.length() <= MAX_CHROME_LINE && CHROME_LINE.matcher(text).matches();
    }
}
