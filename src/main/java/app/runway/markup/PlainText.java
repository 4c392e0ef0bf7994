package app.runway.markup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sanitised HTML as plain text, for the PDF, which takes no markup from the content. */
public final class PlainText {

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private PlainText() {
    }

    /** The text of this HTML without its markup, entities decoded and white space collapsed; null for null. */
    public static String of(String html) {
        if (html == null) {
            return null;
        }
        String text = html.replaceAll("(?i)</(p|li|h[1-6])>", " ").replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ");
        StringBuilder decoded = new StringBuilder();
        Matcher numeric = NUMERIC_ENTITY.matcher(text);
        while (numeric.find()) {
            int code = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(code)));
        }
        numeric.appendTail(decoded);
        return decoded.toString().replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
