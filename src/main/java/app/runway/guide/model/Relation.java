package app.runway.guide.model;

/**
 * A typed link between two entries, declared once by the source entry and shown on both pages.
 * Each relation names the key that declares it and the kinds it may point to.
 */
public enum Relation {
    /** A strategy reduces a risk. */
    MITIGATES("mitigates", EntryKind.RISK),
    /** A pitfall is avoided by a strategy. */
    AVOIDED_BY("avoided-by", EntryKind.STRATEGY),
    /** A pitfall leads to a risk. */
    LEADS_TO("risks", EntryKind.RISK),
    /** A case study illustrates a strategy. */
    ILLUSTRATES("strategies", EntryKind.STRATEGY),
    /** A case study shows a risk. */
    SHOWS_RISK("risks", EntryKind.RISK),
    /** A case study belongs to an industry. */
    IN_INDUSTRY("industries", EntryKind.INDUSTRY),
    /** Any entry worth reading next. */
    RELATED("related", null);

    private final String key;
    private final EntryKind targetKind;

    Relation(String key, EntryKind targetKind) {
        this.key = key;
        this.targetKind = targetKind;
    }

    public String key() {
        return key;
    }

    /** The kind every target must have, or {@code null} when any kind will do. */
    public EntryKind targetKind() {
        return targetKind;
    }
}
