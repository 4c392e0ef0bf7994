package app.runway.team;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A co-founder's answers, question id to option id, as a JSON document like the assessment's own. */
@Converter
class MemberAnswersConverter implements AttributeConverter<Map<String, String>, String> {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(Map<String, String> answers) {
        return MAPPER.writeValueAsString(answers);
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
    }
}
