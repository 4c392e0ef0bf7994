package app.runway.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which assessments belong to the same startup: re-takes and the same name. */
class StartupsTest {

    record Item(long id, Long retakeOf, String name) {
    }

    private static List<List<Long>> group(Item... items) {
        return Startups.group(List.of(items), Item::id, Item::retakeOf, Item::name).stream()
                .map(g -> g.stream().map(Item::id).toList()).toList();
    }

    @Test
    void groupsAssessmentsWithTheSameNameIgnoringCaseAndSpacing() {
        assertThat(group(new Item(3, null, "Deep  Lab "), new Item(2, null, "Other"), new Item(1, null, "deep lab")))
                .containsExactly(List.of(3L, 1L), List.of(2L));
    }

    @Test
    void keepsARenamedRetakeWithTheAssessmentItRetakes() {
        assertThat(group(new Item(3, 1L, "Deep Lab Health"), new Item(2, null, "Other"), new Item(1, null, "Deep Lab")))
                .containsExactly(List.of(3L, 1L), List.of(2L));
    }

    @Test
    void joinsChainsOfRetakesAndNamesIntoOneHistory() {
        // 4 re-takes 3 (renamed); 3 shares its name with 1; 2 stands apart.
        assertThat(group(new Item(4, 3L, "Renamed"), new Item(3, null, "Lab"), new Item(2, null, "Other"),
                new Item(1, null, "LAB")))
                .containsExactly(List.of(4L, 3L, 1L), List.of(2L));
    }

    @Test
    void ignoresARetakeOfAnAssessmentNotInTheList() {
        assertThat(group(new Item(2, 99L, "A"), new Item(1, null, "B"))).containsExactly(List.of(2L), List.of(1L));
    }

    @Test
    void groupsNothingIntoNothing() {
        assertThat(group()).isEmpty();
    }
}
