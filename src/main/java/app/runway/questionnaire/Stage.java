package app.runway.questionnaire;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How far a startup has come; the questionnaire's weights and conditions depend on it. */
public enum Stage {
    IDEA("idea"), PROTOTYPE("prototype"), PRE_SEED("pre-seed"), SEED("seed"), GROWTH("growth");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Stage> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    @JsonCreator
    static Stage of(String id) {
        return fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown stage " + id));
    }
}
