package app.runway.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.runway.guide.load.LoadedGuide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Full-text search over one revision of the guide with Lucene, in memory, built once when the guide
 * is loaded and shared by every request (a Lucene searcher is safe for concurrent use). English text
 * is stemmed ("risks" finds "risk"); Chinese text is indexed in overlapping pairs of characters, so a
 * word such as 隐私 is found without a dictionary. Snippets come from the offsets stored in the index
 * (Lucene's unified highlighter), so a search never analyses a text again.
 */
final class GuideSearchIndex {

    static final int MAX_HITS = 30;
    private static final int SNIPPET_CHARS = 160;
    private static final String[] BODIES = {"body_en", "body_zh"};
    private static final Map<String, Float> WEIGHTS = Map.of("title_en", 3f, "body_en", 1f, "title_zh", 3f,
            "body_zh", 1f);

    /** Body text with its positions and offsets in the index, for the highlighter. */
    private static final FieldType BODY = bodyType();

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;
    private final Map<String, Map<String, String>> titles;

    private GuideSearchIndex(Analyzer analyzer, IndexSearcher searcher, Map<String, Map<String, String>> titles) {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.titles = titles;
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
                .build();
    }

    static GuideSearchIndex of(LoadedGuide guide) {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(
                "title_zh", new CJKAnalyzer(), "body_zh", new CJKAnalyzer()));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, Map<String, String>> titles = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (LoadedGuide.Entry entry : guide.entries()) {
                String url = entry.kind().url(entry.id());
                entry.texts().forEach((lang, text) -> {
                    titles.computeIfAbsent(url, u -> new HashMap<>()).put(lang, text.title());
                    add(writer, url, entry.kind().code(), lang, text.title(), text.summary() + "\n" + text.plainText());
                });
            }
            for (LoadedGuide.Chapter chapter : guide.chapters()) {
                chapter.texts().forEach((lang, text) -> {
                    String chapterUrl = "/guide/chapters/" + chapter.id();
                    titles.computeIfAbsent(chapterUrl, u -> new HashMap<>()).put(lang, text.title());
                    for (LoadedGuide.Section section : text.sections()) {
                        if (section.entryId() == null && !section.plainText().isBlank()) {
                            String url = section.anchor() == null ? chapterUrl : chapterUrl + "#" + section.anchor();
                            String title = section.heading() == null ? text.title() : text.title() + " · " + section.heading();
                            titles.computeIfAbsent(url, u -> new HashMap<>()).put(lang, title);
                            add(writer, url, "chapter", lang, title, section.plainText());
                        }
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
        try {
            return new GuideSearchIndex(analyzer, new IndexSearcher(DirectoryReader.open(directory)), titles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    private static void add(IndexWriter writer, String url, String kind, String lang, String title, String body) {
        Document doc = new Document();
        doc.add(new StringField("url", url, Field.Store.YES));
        doc.add(new StoredField("kind", kind));
        doc.add(new StringField("lang", lang, Field.Store.YES));
        doc.add(new TextField("title_" + lang, title, Field.Store.YES));
        // Newlines would break the snippet's one line of text; a space reads the same.
        doc.add(new Field("body_" + lang, body.replace('\n', ' '), BODY));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Finds guide pages matching the words, in any language; each page is listed once, in the
     * reader's language where the page exists in it.
     */
    List<SearchHit> search(String words, String lang) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        Query query = new SimpleQueryParser(analyzer, WEIGHTS).parse(words.strip());
        if (query == null) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query, MAX_HITS * 2);
            Map<String, String[]> snippets = highlighter.highlightFields(BODIES, query, top, new int[] {1, 1});
            StoredFields stored = searcher.storedFields();
            Map<String, SearchHit> byUrl = new LinkedHashMap<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = 0; i < docs.length; i++) {
                Document doc = stored.document(docs[i].doc);
                String url = doc.get("url");
                String docLang = doc.get("lang");
                SearchHit known = byUrl.get(url);
                if (known != null && (known.lang().equals(lang) || !docLang.equals(lang))) {
                    continue;
                }
                String title = titles.getOrDefault(url, Map.of()).getOrDefault(lang, doc.get("title_" + docLang));
                String snippet = snippets.get("body_" + docLang)[i];
                byUrl.put(url, new SearchHit(url, doc.get("kind"), title, snippet == null ? "" : snippet.strip(),
                        docLang));
            }
            List<SearchHit> hits = new ArrayList<>(byUrl.values());
            return List.copyOf(hits.subList(0, Math.min(MAX_HITS, hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
