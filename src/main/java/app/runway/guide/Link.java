package app.runway.guide;

import app.runway.guide.model.Relation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A typed link from one entry to another, shown on both entries' pages. */
@Entity
@Table(name = "guide_link")
public class Link {

    @Id
    @GeneratedValue(generator = "guide_seq")
    @SequenceGenerator(name = "guide_seq", sequenceName = "guide_seq", allocationSize = 50)
    private Long id;

    private String sourceId;
    private String targetId;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    protected Link() {
    }

    Link(String sourceId, String targetId, Relation relation) {
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.relation = relation;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getTargetId() {
        return targetId;
    }

    public Relation getRelation() {
        return relation;
    }
}
