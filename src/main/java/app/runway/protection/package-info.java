/**
 * What protects the portal: web security ({@code SecurityConfig}: sign-in, who may open which pages,
 * CSRF on every form, the content security policy and other headers), and guards on what clients send: rate limits per client address and per account (Bucket4j), request
 * body size limits, and problem details (RFC 9457) for every error answered under {@code /api/**},
 * in the caller's language. Over a limit a browser gets a friendly page, an API client a problem.
 */
package app.runway.protection;
