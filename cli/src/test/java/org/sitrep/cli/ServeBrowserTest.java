package org.sitrep.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.web.WebServer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in Debian's headless Chromium (installed by .ci/run), driven by Selenium over a store ingested from real
 * articles. Screenshots of each view go to target/screenshots.
 */
@Tag("models")
@Timeout(300)
class ServeBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static WebServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(), "no chromium and chromium-driver installed");
        server = WebServer.start("jdbc:sqlite:" + ServedStore.db(), "127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void load(String path) {
        browser.get("http://127.0.0.1:" + server.port() + path);
        ready();
    }

    private static void ready() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void filterOpenAnIncidentAndFollowItsEvidenceToTheHighlightedSentence() throws IOException {
        load("/map");
        assertFalse(browser.findElements(By.cssSelector(".incident-marker, .cluster-marker")).isEmpty());
        long interactive = ((Number) js("return performance.now()")).longValue();
        System.out.println("serve: the map view was ready " + interactive + " ms after navigation began");
        shot("map");
        WebElement country = browser.findElement(By.name("country"));
        country.clear();
        country.sendKeys("UA");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        ready();
        assertTrue(browser.getCurrentUrl().endsWith("/map?country=UA"), browser.getCurrentUrl());
        browser.findElement(By.cssSelector("#nav a[data-view=incidents]")).click();
        ready();
        assertTrue(browser.getCurrentUrl().endsWith("/incidents?country=UA"), browser.getCurrentUrl());
        List<WebElement> rows = browser.findElements(By.cssSelector("tr[data-incident-id]"));
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertTrue(r.getText().contains("UA"), r.getText()));
        String date = rows.get(0).findElement(By.tagName("td")).getText();
        browser.get(browser.getCurrentUrl() + "&from=" + date + "&to=" + date);
        ready();
        rows = browser.findElements(By.cssSelector("tr[data-incident-id]"));
        assertFalse(rows.isEmpty());
        for (WebElement r : rows) {
            assertEquals(date, r.findElement(By.tagName("td")).getText());
        }
        shot("incidents");
        String id = rows.get(0).getDomAttribute("data-incident-id");
        rows.get(0).click();
        ready();
        assertTrue(browser.getCurrentUrl().contains("/incident/" + id), browser.getCurrentUrl());
        shot("incident");
        WebElement evidence = browser.findElement(By.cssSelector(".evidence li"));
        String sentence = evidence.findElement(By.tagName("q")).getText();
        evidence.findElement(By.tagName("a")).click();
        ready();
        assertTrue(browser.getCurrentUrl().contains("/article/"), browser.getCurrentUrl());
        String marked = String.join("", browser.findElements(By.cssSelector("#article-text .evidence")).stream()
                .map(WebElement::getText).toList());
        assertEquals(sentence.replaceAll("\\s+", " ").strip(), marked.replaceAll("\\s+", " ").strip());
        shot("article");
        browser.navigate().refresh();
        ready();
        assertFalse(browser.findElements(By.cssSelector("#article-text .evidence")).isEmpty(),
                "the article view reloads to the same view");
    }

    @Test
    void markupInAnArticleIsShownAsText() throws IOException {
        load("/search?q=Odesa");
        WebElement hit = browser.findElement(By.cssSelector("main ol li a"));
        assertTrue(hit.getText().contains("<script>window.pwned=1</script>"), hit.getText());
        hit.click();
        ready();
        assertTrue(browser.findElement(By.cssSelector("main h2")).getText().contains("<script>"));
        assertTrue(browser.findElement(By.id("article-text")).getText().contains("<img src=x onerror=\"window.pwned=1\">"));
        assertEquals(0L, ((Number) js("return document.querySelectorAll('main script, main img').length")).longValue());
        assertEquals(null, js("return window.pwned === undefined ? null : window.pwned"));
        shot("hostile-article");
    }

    @Test
    void everyViewRenders() throws IOException {
        for (String view : List.of("network", "quotes", "changes", "timeline")) {
            load("/" + view);
            assertTrue(browser.findElements(By.cssSelector("main .error")).isEmpty(), view);
            shot(view);
            if (view.equals("changes")) {
                assertFalse(browser.findElements(By.cssSelector("#changes tbody tr")).isEmpty());
            }
        }
        load("/network");
        assertTrue(((Number) js("return document.querySelectorAll('#network canvas').length")).intValue() > 0);
    }
}
