package app.runway.system;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/** The two languages Runway speaks, and the one of the current request. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Languages() {
    }

    /** Maps any locale to one Runway supports: Chinese for {@code zh*}, English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The guide's language code for the current request: {@code en} or {@code zh}. */
    public static String current() {
        return code(LocaleContextHolder.getLocale());
    }

    public static String code(Locale locale) {
        return supported(locale).getLanguage();
    }
}
