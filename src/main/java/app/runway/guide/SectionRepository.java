package app.runway.guide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SectionRepository extends Repository<Section, Long> {

    List<Section> findByChapterIdAndLangOrderByPosition(String chapterId, String lang);
}
