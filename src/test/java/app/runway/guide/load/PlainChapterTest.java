package app.runway.guide.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** A Markdown file without front matter loads as a plain chapter, so that an existing article can be dropped in. */
class PlainChapterTest {

    private static final String EN_ARTICLE = """
            # About the source article

            The article this guide is based on.

            #### A deep heading right away

            Any heading level is fine here.

            # A second level-1 heading

            See the [risks chapter](@risks).
            """;

    private static String resource(String name) {
        try (InputStream in = PlainChapterTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void loadsAFileWithoutFrontMatterAsAPlainChapterNamedByItsFileAndTitledByItsFirstHeading() {
        LoadedGuide guide = TestChapters.risks().en("99-source-article.md", EN_ARTICLE).load();

        LoadedGuide.Chapter plain = guide.chapters().get(1);
        assertThat(plain.id()).isEqualTo("source-article");
        assertThat(plain.plain()).isTrue();
        assertThat(plain.texts()).containsOnlyKeys("en");
        LoadedGuide.ChapterText text = plain.texts().get("en");
        assertThat(text.title()).isEqualTo("About the source article");
        assertThat(text.summary()).isNull();
        assertThat(text.sections()).hasSize(1);
        assertThat(text.sections().get(0).html())
                .doesNotContain("About the source article")
                .contains("<h4>A deep heading right away</h4>", "A second level-1 heading")
                .contains("href=\"/guide/chapters/risks\"");
    }

    @Test
    void putsPlainChaptersAfterTheTypedChaptersWhateverTheirFileNames() {
        LoadedGuide guide = TestChapters.risks()
                .en("00-preface.md", "# Preface\n\nHello.\n")
                .zh("00-preface.md", "# 前言\n\n你好。\n")
                .en("02-notes.md", TestChapters.EN_NOTES).zh("02-notes.md", TestChapters.ZH_NOTES)
                .zh("01-article.md", "# 文章\n\n正文。\n")
                .load();

        assertThat(guide.chapters()).extracting(LoadedGuide.Chapter::id, LoadedGuide.Chapter::plain)
                .containsExactly(tuple("risks", false), tuple("notes", false), tuple("preface", true),
                        tuple("article", true));
        assertThat(guide.chapters().get(2).texts()).containsOnlyKeys("en", "zh");
        assertThat(guide.chapters().get(2).texts().get("zh").title()).isEqualTo("前言");
        assertThat(guide.chapters().get(3).texts()).containsOnlyKeys("zh");
    }

    @Test
    void namesAPlainChapterWithoutAHeadingAfterItsFile() {
        LoadedGuide guide = TestChapters.risks().en("98-Reading_List.md", "Just a paragraph.\n").load();

        LoadedGuide.Chapter plain = guide.chapters().get(1);
        assertThat(plain.id()).isEqualTo("reading-list");
        assertThat(plain.texts().get("en").title()).isEqualTo("98-Reading_List");
    }

    @Test
    void stillRefusesAnUnknownAtIdLinkInAPlainChapter() {
        assertThat(TestChapters.risks().en("99-source-article.md", "# Source\n\nSee [this](@nowhere).\n").problems())
                .containsExactly("guide/en/99-source-article.md:3: link to unknown id '@nowhere'");
    }

    @Test
    void loadsAnArticleWithTheSourceArticlesStructureAsAChineseOnlyPlainChapter() {
        String article = resource("/guide-samples/zh/99-source-article.md");
        assertThat(article.lines().findFirst().orElseThrow()).as("starts with a line of spaces").isBlank().isNotEmpty();

        LoadedGuide guide = TestChapters.risks().zh("99-source-article.md", article).load();

        LoadedGuide.Chapter plain = guide.chapters().get(guide.chapters().size() - 1);
        assertThat(plain.id()).isEqualTo("source-article");
        assertThat(plain.plain()).isTrue();
        assertThat(plain.texts()).containsOnlyKeys("zh");
        LoadedGuide.ChapterText text = plain.texts().get("zh");
        assertThat(text.title()).isEqualTo("小型团队如何做产品：一篇示例文章");
        // The sanitiser writes full-width punctuation as character references; compare the decoded text.
        String html = HtmlUtils.htmlUnescape(text.sections().get(0).html());
        assertThat(html)
                .contains("<blockquote>", "<strong>关键词</strong>：示例", "<hr />")
                .contains("<h3>第一部分：基础</h3>", "<h4>第1章: 概述</h4>", "<h5>3.1 国外案例</h5>", "<h3>附录</h3>")
                .contains("<p><strong>1.1 背景</strong></p>")
                .contains("<ol>", "<ul>", "<li><strong>子项</strong>：和用户聊天。</li>")
                .contains("<pre><code>graph TD\nA[想法] --> B{验证}\nB --> C[产品]\n</code></pre>");
        assertThat(text.sections().get(0).plainText()).contains("在这个流程图中", "一本虚构的书");
    }
}
