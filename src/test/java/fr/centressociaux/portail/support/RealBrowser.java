package fr.centressociaux.portail.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ScreenshotAnimations;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real Chromium for journeys through the running portal of a {@link PortalTest}. Register it
 * with {@code @RegisterExtension static final RealBrowser browser = new RealBrowser();}.
 *
 * <p>Chromium starts once per test class; every page a test opens lives in a fresh browser context
 * of its own (own cookies, so own session), closed after the test. Pages know the portal's address:
 * {@code page.navigate("/login")}. Screenshots go to {@code target/screenshots/}; when a test fails,
 * every page it had open is saved there too, under {@code failures/}.
 *
 * <p>Uses the system's Chromium (Debian's {@code chromium} package), never a downloaded one: its
 * path is {@value #DEFAULT_CHROMIUM} unless the system property {@value #CHROMIUM_PROPERTY} or the
 * environment variable {@value #CHROMIUM_VARIABLE} names another. Without it the tests fail.
 */
public final class RealBrowser implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    public static final String CHROMIUM_PROPERTY = "portal.test.chromium";
    public static final String CHROMIUM_VARIABLE = "PORTAL_TEST_CHROMIUM";
    public static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 800;
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Vaadin renders in the browser, and the first page of a fresh dev-mode server is slow. */
    private static final double TIMEOUT_MS = 20_000;

    private static final List<String> CHROMIUM_ARGUMENTS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    /** True when no Vaadin client on the page waits for the server. */
    private static final String VAADIN_IDLE = "() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
            + " || Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())";

    private Playwright playwright;
    private Browser chromium;
    private String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        Path executable = chromiumPath();
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Browser journeys need Chromium, and there is none at " + executable
                    + ". Install Debian's package (apt-get install chromium), or name another executable with -D"
                    + CHROMIUM_PROPERTY + "=/path/to/chromium or the environment variable " + CHROMIUM_VARIABLE + ".");
        }
        // Never let Playwright fetch a browser of its own, whoever runs the tests and however.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGUMENTS));
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("RealBrowser needs the portal running on a port: annotate the test "
                    + "class with @PortalTest");
        }
        baseUrl = "http://localhost:" + port;
    }

    /** A page in a fresh browser context on a desktop-sized window. */
    public Page newPage() {
        return newPage(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    /** A page in a fresh browser context on a phone-sized touch screen, e.g. 390 × 844. */
    public Page newPhonePage(int width, int height) {
        return open(new Browser.NewContextOptions().setViewportSize(width, height).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(2));
    }

    /** A page in a fresh browser context on a window of this size. */
    public Page newPage(int width, int height) {
        return open(new Browser.NewContextOptions().setViewportSize(width, height));
    }

    private Page open(Browser.NewContextOptions options) {
        BrowserContext context = chromium.newContext(options.setBaseURL(baseUrl).setLocale("fr-FR")
                .setTimezoneId("Europe/Paris"));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        contexts.add(context);
        return context.newPage();
    }

    /** The portal's address, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Saves the whole page as {@code target/screenshots/NAME.png}, once Vaadin has answered and
     * transitions (drawer, error messages) have ended. Check first that what it shows is there.
     */
    public Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        settle(page);
        page.screenshot(options(file));
        return file;
    }

    /** Waits until no Vaadin client on the page waits for the server. */
    public void settle(Page page) {
        page.waitForFunction(VAADIN_IDLE);
    }

    private static Page.ScreenshotOptions options(Path file) {
        return new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent()) {
                saveOpenPages(context.getRequiredTestMethod().getName());
            }
        } finally {
            contexts.forEach(BrowserContext::close);
            contexts.clear();
        }
    }

    private void saveOpenPages(String testName) {
        int number = 0;
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                number++;
                try {
                    Path file = SCREENSHOTS.resolve("failures").resolve(testName + "-" + number + ".png");
                    Files.createDirectories(file.getParent());
                    page.screenshot(options(file));
                    System.err.println("Page " + number + " at " + page.url() + " when " + testName + " failed: " + file);
                } catch (RuntimeException | IOException e) {
                    System.err.println("Could not save page " + number + " of " + testName + ": " + e);
                }
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private static Path chromiumPath() {
        String property = System.getProperty(CHROMIUM_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String variable = System.getenv(CHROMIUM_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        return Path.of(DEFAULT_CHROMIUM);
    }
}
