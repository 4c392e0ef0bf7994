package app.runway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every visible string is translated: both message files hold the same keys, templates hold no literal text. */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Text between a tag's end and the next tag, with at least one letter in it. */
    private static final Pattern TEXT = Pattern.compile("<([a-zA-Z][^<>]*)>([^<>]*\\p{L}[^<>]*)<");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "\\s(aria-label|placeholder|alt|title)=\"[^\"]*\\p{L}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
    /** A key handed to a fragment as a string ('report.table.dimension'), to be looked up there. */
    private static final Pattern QUOTED_KEY = Pattern.compile(
            "'((?:report|founder|cohort|review|programme|team|admin|account|assessment|guide|nav|mail)\\.[a-zA-Z0-9.\\-]+[a-zA-Z0-9])'");

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void englishAndChineseHoldTheSameKeys() throws IOException {
        for (String bundle : bundles()) {
            Properties en = load(bundle + ".properties");
            Properties zh = load(bundle + "_zh.properties");
            assertThat(zh.stringPropertyNames()).as("keys of %s missing in Chinese", bundle)
                    .containsAll(en.stringPropertyNames());
            assertThat(en.stringPropertyNames()).as("keys of %s missing in English", bundle)
                    .containsAll(zh.stringPropertyNames());
            zh.stringPropertyNames().forEach(key -> assertThat(zh.getProperty(key)).as(key).isNotBlank());
        }
    }

    /**
     * A message with arguments goes through MessageFormat, where a lone apostrophe starts a quoted part and
     * swallows what follows ("the cohort's chat for {0} days" loses its number): it must be doubled.
     */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (String bundle : bundles()) {
            for (String file : List.of(bundle + ".properties", bundle + "_zh.properties")) {
                Properties messages = load(file);
                for (String key : messages.stringPropertyNames()) {
                    String text = messages.getProperty(key);
                    if (argument.matcher(text).find()) {
                        assertThat(loneApostrophe.matcher(text).find()).as("%s in %s: %s", key, file, text).isFalse();
                    }
                }
            }
        }
    }

    /**
     * One message source holds every bundle: a key written twice, in one file or in two, silently shows the
     * later text on the other key's pages (the what-if table once captioned itself with the peer benchmark's).
     */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String language : List.of(".properties", "_zh.properties")) {
            Map<String, String> firstIn = new HashMap<>();
            List<String> twice = new ArrayList<>();
            for (String bundle : bundles()) {
                String file = bundle + language;
                Properties noting = new Properties() {
                    @Override
                    public synchronized Object put(Object key, Object value) {
                        String earlier = firstIn.putIfAbsent((String) key, file);
                        if (earlier != null) {
                            twice.add(key + " (" + earlier + ", " + file + ")");
                        }
                        return super.put(key, value);
                    }
                };
                try (InputStream in = MessagesTest.class.getResourceAsStream("/" + file)) {
                    noting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
            assertThat(twice).as("keys written twice").isEmpty();
        }
    }

    /** The message bundles: messages.properties and one messages-feature.properties per feature. */
    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("messages(-[a-z]+)?\\.properties")).map(n -> n.replace(".properties", ""))
                    .sorted().toList();
        }
    }

    private static Properties allEnglish() throws IOException {
        Properties all = new Properties();
        for (String bundle : bundles()) {
            all.putAll(load(bundle + ".properties"));
        }
        return all;
    }

    @Test
    void templatesShowNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher text = TEXT.matcher(html);
            while (text.find()) {
                String tag = text.group(1);
                if (!tag.matches("(?s).*\\sth:(u?text|replace|insert|errors)=.*")) {
                    literals.add(template.getFileName() + ": " + text.group(2).strip());
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                literals.add(template.getFileName() + ": " + attribute.group().strip());
            }
        }
        assertThat(literals).as("literal text in templates: put it in messages*.properties").isEmpty();
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties en = allEnglish();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            Matcher key = MESSAGE_KEY.matcher(text);
            while (key.find()) {
                if (!en.containsKey(key.group(1))) {
                    missing.add(template.getFileName() + ": " + key.group(1));
                }
            }
            // A quoted key may also be a prefix the fragment completes ('founder.kind' + '.risk').
            Matcher quoted = QUOTED_KEY.matcher(text);
            while (quoted.find()) {
                String name = quoted.group(1);
                if (!en.containsKey(name) && en.stringPropertyNames().stream().noneMatch(k -> k.startsWith(name + "."))) {
                    missing.add(template.getFileName() + ": " + name);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
