package app.runway.assessment;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface QuestionnaireVersionRepository extends Repository<QuestionnaireVersion, String> {

    Optional<QuestionnaireVersion> findById(String contentHash);

    boolean existsById(String contentHash);

    QuestionnaireVersion save(QuestionnaireVersion version);
}
