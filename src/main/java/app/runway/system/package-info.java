/**
 * What every page shares: the home page, the language of the visit, the layout's model and the
 * error pages.
 */
package app.runway.system;
