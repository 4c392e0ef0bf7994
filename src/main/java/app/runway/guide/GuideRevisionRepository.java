package app.runway.guide;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface GuideRevisionRepository extends Repository<GuideRevision, Long> {

    Optional<GuideRevision> findFirstByOrderByIdDesc();
}
