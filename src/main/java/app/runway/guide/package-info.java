/**
 * The guide: its content model (chapters, entries and the links between them, stored with JPA),
 * loading it at start-up from Markdown ({@code load}), full-text search ({@code search}) and the
 * pages a reader browses ({@code web}).
 */
package app.runway.guide;
