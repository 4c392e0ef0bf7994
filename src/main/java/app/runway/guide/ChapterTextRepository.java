package app.runway.guide;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ChapterTextRepository extends Repository<ChapterText, Long> {

    /** Every chapter's texts in every language, in reading order: the table of contents. */
    @Query("select t from ChapterText t join fetch t.chapter c order by c.position, t.lang")
    List<ChapterText> findAllInOrder();
}
