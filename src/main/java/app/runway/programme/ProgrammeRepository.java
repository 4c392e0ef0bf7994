package app.runway.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ProgrammeRepository extends Repository<Programme, Long> {

    Optional<Programme> findById(Long id);

    List<Programme> findAllByOrderByStartsOnDescIdDesc();

    List<Programme> findByIdInOrderByStartsOnDescIdDesc(java.util.Collection<Long> ids);

    Programme save(Programme programme);

    void delete(Programme programme);
}
