package app.runway.assessment;

import java.util.List;
import java.util.Map;

import app.runway.assessment.scoring.ReadinessResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills assessment_score for assessments completed before the table existed (V10), once, at start-up: their
 * results are JSON, which the migration cannot read the same way on H2 and PostgreSQL. Assessments completed
 * since write their rows with the result. An assessment without any score is read again at each start, which
 * costs nothing worth saving.
 */
@Component
class AssessmentScoresBackfill {

    private static final Logger log = LoggerFactory.getLogger(AssessmentScoresBackfill.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    AssessmentScoresBackfill(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Before the peer benchmark reads the rows at start-up. */
    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        long lastId = Long.MIN_VALUE;
        int filled = 0;
        List<Row> rows;
        do {
            rows = jdbc.sql("""
                            select a.id, a.result from assessment a
                            where a.status = 'COMPLETED' and a.result is not null and a.id > ?
                              and not exists (select 1 from assessment_score s where s.assessment_id = a.id)
                            order by a.id fetch first %d rows only""".formatted(BATCH))
                    .param(lastId).query(Row.class).list();
            for (Row row : rows) {
                filled += fill(row) ? 1 : 0;
                lastId = row.id();
            }
        } while (rows.size() == BATCH);
        if (filled > 0) {
            log.info("Stored the scores of {} assessments completed before scores were kept as rows", filled);
        }
    }

    private boolean fill(Row row) {
        Map<String, Integer> scores = Assessment.scoresOf(Json.read(row.result(), ReadinessResult.class));
        if (scores.isEmpty()) {
            return false;
        }
        try {
            transactions.executeWithoutResult(status -> scores.forEach((dimension, score) -> jdbc.sql(
                            "insert into assessment_score (assessment_id, dimension, score) values (?, ?, ?)")
                    .params(row.id(), dimension, score).update()));
            return true;
        } catch (DataIntegrityViolationException e) {
            // Another instance starting at the same time filled it, or it was completed again meanwhile.
            return false;
        }
    }

    record Row(long id, String result) {
    }
}
