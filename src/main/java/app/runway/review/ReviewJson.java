package app.runway.review;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The review's JSON documents, and the one number the queue reads from an assessment's stored result. */
final class ReviewJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<List<DimensionNote>> NOTES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    private ReviewJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static List<DimensionNote> notes(String json) {
        return json == null ? List.of() : List.copyOf(MAPPER.readValue(json, NOTES));
    }

    static List<String> ids(String json) {
        return json == null ? List.of() : List.copyOf(MAPPER.readValue(json, IDS));
    }

    /** The readiness index in a stored result, without reading the whole result into records. */
    static Integer index(String resultJson) {
        if (resultJson == null) {
            return null;
        }
        JsonNode index = MAPPER.readTree(resultJson).path("index");
        return index.isNumber() ? index.intValue() : null;
    }
}
