/**
 * The guide: reading it from Markdown ({@code load}, plain Java), its vocabulary ({@code model}), storing
 * it once for every instance (the JPA tables are the record of what was loaded; {@code GuideStore},
 * {@code GuideService}), the immutable read model every page is drawn from ({@code GuideSnapshot}, with
 * the Lucene search index) and the pages a reader browses ({@code GuideController}, served through
 * {@code app.runway.pages}).
 */
package app.runway.guide;
