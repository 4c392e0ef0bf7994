/**
 * Reading the guide: turns a folder of Markdown chapter files (the format in docs/guide-format.md)
 * into a validated, rendered {@link app.runway.guide.load.LoadedGuide}, or refuses it with every
 * problem found, each as {@code path:line: message}. Plain Java, no Spring and no database, so
 * that it is tested on its own and reused by the admin's reload.
 */
package app.runway.guide.load;
