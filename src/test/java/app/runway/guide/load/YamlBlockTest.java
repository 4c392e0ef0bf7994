package app.runway.guide.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Reading a block of 'key: value' lines with the file line of every key. */
class YamlBlockTest {

    private final Problems problems = new Problems();

    private Optional<YamlBlock> parse(String yaml) {
        return YamlBlock.parse(yaml, "guide/en/01-a.md", 10, problems);
    }

    private List<String> problems() {
        return problems.list().stream().map(Problem::toString).toList();
    }

    @Test
    void readsValuesWithTheFileLineOfEachKey() {
        YamlBlock block = parse("""
                id: compute-cost
                summary:  Padded text.  
                mitigates: [a, b]
                lessons:
                  - first
                  -  second
                """).orElseThrow();

        assertThat(block.firstLine()).isEqualTo(10);
        assertThat(block.values().keySet()).containsExactly("id", "summary", "mitigates", "lessons");
        assertThat(block.get("id").orElseThrow()).isEqualTo(new YamlBlock.Value("compute-cost", 10));
        assertThat(block.get("summary").orElseThrow().text()).isEqualTo("Padded text.");
        assertThat(block.get("mitigates").orElseThrow().list()).containsExactly("a", "b");
        assertThat(block.get("mitigates").orElseThrow().line()).isEqualTo(12);
        assertThat(block.get("mitigates").orElseThrow().text()).isNull();
        assertThat(block.get("lessons").orElseThrow().list()).containsExactly("first", "second");
        assertThat(block.get("missing")).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void readsASingleValueAsAListOfOneAndAnEmptyValueAsAnEmptyList() {
        YamlBlock block = parse("related: cloud-credits\nrisks:\n").orElseThrow();

        assertThat(block.get("related").orElseThrow().list()).containsExactly("cloud-credits");
        assertThat(block.get("risks").orElseThrow().list()).isEmpty();
        assertThat(block.get("risks").orElseThrow().text()).isEmpty();
    }

    @Test
    void readsAnEmptyBlockAsNoValues() {
        assertThat(parse("").orElseThrow().values()).isEmpty();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void keepsNumbersAndBooleansAsTheTextTheAuthorWrote() {
        YamlBlock block = parse("founded: 2015\norder: 07\nflag: yes\n").orElseThrow();

        assertThat(block.get("founded").orElseThrow().text()).isEqualTo("2015");
        assertThat(block.get("order").orElseThrow().text()).isEqualTo("07");
        assertThat(block.get("flag").orElseThrow().text()).isEqualTo("yes");
    }

    @Test
    void rejectsInvalidYamlAtTheLineOfTheMistake() {
        assertThat(parse("id: a\nsummary: one: two\n")).isEmpty();

        assertThat(problems()).containsExactly("guide/en/01-a.md:11: cannot read YAML: mapping values are not allowed here");
    }

    @Test
    void rejectsAKeyWrittenTwiceAndKeepsTheFirstValue() {
        YamlBlock block = parse("id: a\nsummary: s\nid: b\n").orElseThrow();

        assertThat(problems()).containsExactly("guide/en/01-a.md:12: duplicate key 'id' (first on line 10)");
        assertThat(block.get("id").orElseThrow().text()).isEqualTo("a");
    }

    @Test
    void rejectsABlockThatIsNotKeyValueLines() {
        assertThat(parse("- just\n- a list\n")).isEmpty();

        assertThat(problems()).containsExactly("guide/en/01-a.md:10: expected lines of the form 'key: value'");
    }

    @Test
    void rejectsAListOfListsAndADeeplyNestedBlock() {
        assertThat(parse("""
                id: a
                risks:
                  - [x, y]
                title:
                  en:
                    text: A
                """)).isEmpty();

        assertThat(problems()).containsExactly(
                "guide/en/01-a.md:12: 'risks' must be a list of plain values",
                "guide/en/01-a.md:13: 'title' must be a value or a list, not a nested block");
    }
}
