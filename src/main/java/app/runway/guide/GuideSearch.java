package app.runway.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.runway.guide.load.LoadedGuide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over the guide with Lucene, in memory. Built once per load of the guide, then
 * shared by every request. English text is stemmed ("risks" finds "risk"); Chinese text is
 * indexed in overlapping pairs of characters, so that a word such as 隐私 is found without a dictionary.
 */
@Component
class GuideSearch {

    private static final int MAX_HITS = 30;
    private static final int SNIPPET_CHARS = 180;

    /** The searchable state: swapped whole when the guide is reloaded. */
    private record Index(IndexSearcher searcher, Map<String, Map<String, String>> titles) {
    }

    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(
            "title_zh", new CJKAnalyzer(), "body_zh", new CJKAnalyzer()));
    private volatile Index index;

    void rebuild(LoadedGuide guide) {
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
            index = new Index(new IndexSearcher(DirectoryReader.open(directory)), titles);
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
        doc.add(new TextField("body_" + lang, body, Field.Store.YES));
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
        Index current = index;
        if (current == null || words == null || words.isBlank()) {
            return List.of();
        }
        Query query = new SimpleQueryParser(analyzer,
                Map.of("title_en", 3f, "body_en", 1f, "title_zh", 3f, "body_zh", 1f)).parse(words.strip());
        if (query == null) {
            return List.of();
        }
        try {
            Map<String, SearchHit> byUrl = new LinkedHashMap<>();
            for (ScoreDoc scoreDoc : current.searcher().search(query, MAX_HITS * 2).scoreDocs) {
                Document doc = current.searcher().storedFields().document(scoreDoc.doc);
                String url = doc.get("url");
                String docLang = doc.get("lang");
                SearchHit known = byUrl.get(url);
                if (known != null && (known.lang().equals(lang) || !docLang.equals(lang))) {
                    continue;
                }
                Map<String, String> titles = current.titles().getOrDefault(url, Map.of());
                String title = titles.getOrDefault(lang, doc.get("title_" + docLang));
                byUrl.put(url, new SearchHit(url, doc.get("kind"), title,
                        snippet(query, "body_" + docLang, doc.get("body_" + docLang)), docLang));
            }
            return new ArrayList<>(byUrl.values()).subList(0, Math.min(MAX_HITS, byUrl.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private String snippet(Query query, String field, String text) throws IOException {
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
                new SimpleHTMLEncoder(), new QueryScorer(query, field));
        highlighter.setTextFragmenter(new SimpleFragmenter(SNIPPET_CHARS));
        try {
            String best = highlighter.getBestFragment(analyzer, field, text);
            if (best != null) {
                return best.replace('\n', ' ');
            }
        } catch (InvalidTokenOffsetsException e) {
            // fall through to the plain start of the text
        }
        String start = text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS) + "…" : text;
        return HtmlUtils.htmlEscape(start.replace('\n', ' '));
    }
}
