package app.runway.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A reader in a real browser: from the contents to a chapter, a risk, a strategy that reduces it,
 * search in English and Chinese, and the language switch. Every page visited is checked with axe-core.
 */
@BrowserTest
class GuideReaderIT {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private static final By HEADER_SEARCH = By.id("site-search-q");
    private static final By SWITCH_TO_CHINESE = By.cssSelector(".lang-switch a[lang='zh-CN']");
    private static final By SWITCH_TO_ENGLISH = By.cssSelector(".lang-switch a[lang='en']");

    @Autowired
    MessageSource messages;

    @Test
    void readerFollowsTheGuideFromContentsToAStrategyThenSearchesAndSwitchesLanguage(Browser browser) {
        // Home page -> contents
        browser.open("/").assertAccessible();
        browser.clickAndWait(By.cssSelector("main .hero a[href='/guide']"));
        assertThat(browser.path()).isEqualTo("/guide");
        assertThat(browser.heading()).isEqualTo(en("contents.heading"));
        browser.assertAccessible();

        // Contents -> the chapter on challenges and risks
        browser.clickAndWait(By.cssSelector("main ol.toc a[href='/guide/chapters/challenges']"));
        assertThat(browser.path()).isEqualTo("/guide/chapters/challenges");
        assertThat(browser.htmlLang()).isEqualTo("en");
        browser.assertAccessible();

        // Chapter -> the risk's heading link
        WebElement riskLink = browser.find(By.cssSelector("section#compute-cost h2 a"));
        String riskTitle = riskLink.getText();
        browser.clickAndWait(riskLink);
        assertThat(browser.path()).isEqualTo("/guide/risks/compute-cost");
        assertThat(browser.heading()).isEqualTo(riskTitle);
        browser.assertAccessible();

        // Risk -> a strategy under "Strategies that reduce it"
        List<WebElement> strategies = linkGroup(browser, en("link.in.MITIGATES"));
        assertThat(strategies).as("strategies listed under '%s'", en("link.in.MITIGATES")).isNotEmpty();
        WebElement strategy = strategies.get(0);
        String strategyTitle = strategy.getText();
        browser.clickAndWait(strategy);
        assertThat(browser.path()).startsWith("/guide/strategies/");
        assertThat(browser.heading()).isEqualTo(strategyTitle);
        assertThat(linkGroup(browser, en("link.out.MITIGATES")))
                .as("the strategy links back to the risk it reduces")
                .anySatisfy(a -> assertThat(a.getDomAttribute("href")).isEqualTo("/guide/risks/compute-cost"));
        browser.assertAccessible();

        // Search in English from the header
        browser.search(HEADER_SEARCH, "privacy");
        assertThat(browser.path()).isEqualTo("/guide/search");
        assertThat(browser.heading()).isEqualTo(en("search.title"));
        assertThat(browser.find(By.id("search-q")).getDomProperty("value")).isEqualTo("privacy");
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("ol.search-hits a[href='/guide/risks/data-privacy']"));
        assertThat(browser.path()).isEqualTo("/guide/risks/data-privacy");
        browser.assertAccessible();

        // Search in Chinese, still reading in English
        browser.search(HEADER_SEARCH, "隐私");
        assertThat(browser.findAll(By.cssSelector("ol.search-hits > li"))).isNotEmpty();
        assertThat(browser.find(By.id("search-q")).getDomProperty("value")).isEqualTo("隐私");
        browser.assertAccessible();
        browser.clickAndWait(By.cssSelector("ol.search-hits a[href='/guide/risks/data-privacy']"));
        String englishHeading = browser.heading();
        String path = browser.path();

        // Switch to Chinese on this page: same page, now in Chinese
        browser.clickAndWait(SWITCH_TO_CHINESE);
        assertThat(browser.path()).isEqualTo(path);
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        assertThat(browser.heading()).isNotEqualTo(englishHeading).containsPattern(CHINESE);
        assertThat(browser.title()).containsPattern(CHINESE);
        assertThat(browser.find(SWITCH_TO_CHINESE).getDomAttribute("aria-current")).isEqualTo("true");
        browser.assertAccessible();

        // Further pages remember the language without ?lang
        browser.clickAndWait(By.cssSelector("main .breadcrumb a[href^='/guide/chapters/']"));
        assertThat(browser.path()).isEqualTo("/guide/chapters/challenges");
        assertThat(browser.uri().getQuery()).isNull();
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        assertThat(browser.heading()).containsPattern(CHINESE);
        browser.assertAccessible();

        browser.clickAndWait(By.cssSelector(".site-links a[href='/guide/risks']"));
        assertThat(browser.uri().getQuery()).isNull();
        assertThat(browser.htmlLang()).isEqualTo("zh-CN");
        assertThat(browser.heading()).isEqualTo(zh("kind.risk.plural"));
        browser.assertAccessible();

        // And back to English, on the same page
        browser.clickAndWait(SWITCH_TO_ENGLISH);
        assertThat(browser.path()).isEqualTo("/guide/risks");
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo(en("kind.risk.plural"));
    }

    @Test
    void onAPhoneTheNavigationAndSearchFitTheScreenAndWork(Browser browser) {
        browser.emulatePhone(390, 844).open("/guide");
        assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
        assertFitsScreen(browser);
        for (WebElement link : browser.findAll(By.cssSelector(".site-links a, .lang-switch a"))) {
            assertOnScreen(browser, link);
        }
        assertOnScreen(browser, browser.find(HEADER_SEARCH));
        assertOnScreen(browser, browser.find(By.cssSelector(".site-search button[type='submit']")));
        assertThat(browser.find(HEADER_SEARCH).getSize().getWidth()).as("search field width").isGreaterThanOrEqualTo(120);
        browser.assertAccessible();

        browser.search(HEADER_SEARCH, "privacy");
        assertThat(browser.path()).isEqualTo("/guide/search");
        assertThat(browser.findAll(By.cssSelector("ol.search-hits a[href='/guide/risks/data-privacy']"))).hasSize(1);
        assertFitsScreen(browser);
        browser.assertAccessible();

        browser.clickAndWait(By.cssSelector(".site-links a[href='/guide/risks']"));
        assertThat(browser.heading()).isEqualTo(en("kind.risk.plural"));
        assertFitsScreen(browser);
        browser.assertAccessible();
    }

    @Test
    void theFirstTabFocusesTheSkipLinkWhichLeadsToTheContent(Browser browser) {
        browser.open("/guide/chapters/challenges");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();

        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getDomAttribute("class")).contains("skip-link");
        assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
        assertThat(focused.getText()).isEqualTo(en("layout.skip"));
        assertOnScreen(browser, focused);
        browser.assertAccessible();

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.uri().getFragment()).isEqualTo("main");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.activeElement.closest('main') !== null"))
                .as("after the skip link, Tab moves into the main content")
                .isEqualTo(true);
    }

    /** The links in the side panel's group with this heading. */
    private static List<WebElement> linkGroup(Browser browser, String heading) {
        return browser.findAll(By.cssSelector("aside.links-panel section.link-group")).stream()
                .filter(group -> group.findElement(By.tagName("h2")).getText().equals(heading))
                .flatMap(group -> group.findElements(By.cssSelector("li a")).stream())
                .toList();
    }

    private static void assertFitsScreen(Browser browser) {
        assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("%s scrolls sideways on a phone", browser.path())
                .isEqualTo(true);
    }

    /** Shown, and wholly inside the viewport's width. */
    private static void assertOnScreen(Browser browser, WebElement element) {
        assertThat(element.isDisplayed()).as("%s is shown", describe(element)).isTrue();
        assertThat(browser.script("var r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;", element))
                .as("%s lies within the screen's width", describe(element))
                .isEqualTo(true);
    }

    private static String describe(WebElement element) {
        return "<" + element.getTagName() + "> '" + element.getText() + "'";
    }

    private String en(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private String zh(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
