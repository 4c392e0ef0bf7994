package app.runway.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;

/** Stores a map of question id to option id as a JSON document. */
@Converter
class AnswersConverter implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> answers) {
        return Json.write(answers);
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        return Json.read(json, new TypeReference<LinkedHashMap<String, String>>() { });
    }
}
