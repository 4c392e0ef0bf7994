package app.runway.pages;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The reader's own parts of a shared page. A page rendered for the cache carries a marker for each,
 * unique to this process, so that nothing a guide author or a founder wrote can look like one.
 */
enum Slot {

    /** The header's account links: sign in, or the reader's own pages and the sign-out form. */
    ACCOUNT,
    /** The reader's standing with a guide entry ("flagged in your assessment"), or nothing. */
    READER_STATUS,
    /** A form's CSRF token, which belongs to the reader's session. Letters and digits only: it sits in an attribute. */
    CSRF;

    private static final String NONCE = nonce();

    private static String nonce() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The text standing for this slot in a page rendered for the cache. */
    String marker() {
        return this == CSRF ? "runwaycsrf" + NONCE : "<!--runway:" + name() + ":" + NONCE + "-->";
    }
}
