package app.runway.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the rendered-page cache ({@code runway.pages.*}).
 *
 * @param cache     whether pages are rendered once and kept; off renders every page for every request
 *                  (how tests check that a kept page is what a fresh render gives)
 * @param cacheSize the most the kept pages may take, in bytes of page text; the least used go first
 */
@ConfigurationProperties("runway.pages")
record PagesProperties(boolean cache, DataSize cacheSize) {
}
