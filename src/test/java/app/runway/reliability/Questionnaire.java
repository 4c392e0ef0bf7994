package app.runway.reliability;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The questionnaire as the running server publishes it, for building valid answers. */
final class Questionnaire {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> firstOptions = new LinkedHashMap<>();
    private final String industry;

    Questionnaire(String json) {
        JsonNode root = JSON.readTree(json);
        for (JsonNode question : root.get("questions")) {
            firstOptions.put(question.get("id").asString(), question.get("options").get(0).get("id").asString());
        }
        industry = root.get("industries").get(0).get("id").asString();
    }

    /** An answer to every question (those not asked of the profile are stored and ignored). */
    Map<String, String> everyQuestionAnswered() {
        return firstOptions;
    }

    String industry() {
        return industry;
    }

    String submission(String startupName) {
        Map<String, Object> body = Map.of(
                "profile", Map.of("startupName", startupName, "industry", industry, "stage", "seed", "teamSize", 6),
                "answers", firstOptions);
        return JSON.writeValueAsString(body);
    }
}
