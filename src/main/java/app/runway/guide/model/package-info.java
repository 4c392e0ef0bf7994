/**
 * The guide's vocabulary, shared by whoever names what the guide holds: the kinds of entry (with their
 * URL words) and the typed links between entries. Plain Java: the loader, the guide's pages and the
 * features that link into the guide (reports, reviews, founders' pages) all use it.
 */
package app.runway.guide.model;
