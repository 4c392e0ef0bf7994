package app.runway.admin;

import java.io.Serializable;

/**
 * What the last action did, shown once after the redirect. The layout's flash takes a key only;
 * this one names the account it is about.
 *
 * @param key   message key with {0} for {@code about}
 * @param error true when the action was refused
 */
record Notice(String key, String about, boolean error) implements Serializable {

    static final String ATTRIBUTE = "notice";

    static Notice done(String key, String about) {
        return new Notice(key, about, false);
    }

    static Notice refused(String key, String about) {
        return new Notice(key, about, true);
    }
}
