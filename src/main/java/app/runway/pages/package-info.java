/**
 * Pages rendered once and served as bytes. A page whose content depends only on the guide revision,
 * the language and its own address (the guide's pages, a stored report) is rendered by Thymeleaf the
 * first time it is asked for, with markers where the reader's own parts go (the account links, the
 * reader's status on a guide entry, a form's CSRF token); later requests fill those in and send the
 * bytes. A reader without an account gets prepared bytes, gzipped once, with a strong ETag, so a repeated
 * visit is a 304. Nothing here knows the guide or assessments: features hand in a key, a view name
 * and the model to render on a miss.
 */
package app.runway.pages;
