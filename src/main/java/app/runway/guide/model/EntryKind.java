package app.runway.guide.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of entry a guide may hold, with the word used in the format and in URLs. */
public enum EntryKind {
    RISK("risk", "risks"),
    STRATEGY("strategy", "strategies"),
    CASE("case", "cases"),
    PITFALL("pitfall", "pitfalls"),
    INDUSTRY("industry", "industries"),
    TREND("trend", "trends"),
    CAPABILITY("capability", "capabilities"),
    RESOURCE("resource", "resources");

    private final String code;
    private final String pathSegment;

    EntryKind(String code, String pathSegment) {
        this.code = code;
        this.pathSegment = pathSegment;
    }

    /** The word authors write after {@code kind:}. */
    public String code() {
        return code;
    }

    /** The plural used in URLs, {@code /guide/risks/...}. */
    public String pathSegment() {
        return pathSegment;
    }

    public String url(String id) {
        return "/guide/" + pathSegment + "/" + id;
    }

    public static Optional<EntryKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static Optional<EntryKind> fromPathSegment(String segment) {
        return Arrays.stream(values()).filter(k -> k.pathSegment.equals(segment)).findFirst();
    }
}
