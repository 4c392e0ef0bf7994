package app.runway.mail;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a mail from a template {@code templates/mail/<name>.html} (the HTML part) and message keys
 * {@code mail.<name>.subject} and {@code mail.<name>.text} (the plain-text part), in one language.
 * Values are escaped in the HTML by the template, as on every page.
 */
@Component
public class MailWriter {

    private final TemplateEngine templates;
    private final MessageSource messages;

    MailWriter(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /**
     * @param values the template's variables; {@code textArguments} fill {0}, {1}... of the plain text
     */
    public Mail write(String name, String to, Locale locale, Map<String, Object> values, Object... textArguments) {
        Context context = new Context(locale, values);
        String html = templates.process("mail/" + name, context);
        return new Mail(to, messages.getMessage("mail." + name + ".subject", null, locale),
                messages.getMessage("mail." + name + ".text", textArguments, locale), html);
    }
}
