package app.runway.assessment.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.runway.assessment.api.InvalidRequestException.FieldProblem;
import app.runway.assessment.scoring.Profile;
import app.runway.questionnaire.Questionnaire;
import app.runway.questionnaire.Questionnaire.Question;
import app.runway.questionnaire.Stage;
import tools.jackson.databind.JsonNode;

/**
 * Reads a submission from the parsed JSON tree rather than binding it to a class, so that every
 * field at fault is found in one pass (binding stops at the first wrong type).
 */
final class SubmissionReader {

    /** The database keeps startup names up to this length. */
    static final int MAX_NAME_LENGTH = 200;
    /** Beyond any real startup; keeps nonsense out of the stored profile. */
    static final int MAX_TEAM_SIZE = 1_000_000;

    private static final Set<String> TOP_LEVEL = Set.of("profile", "answers");
    private static final Set<String> PROFILE = Set.of("startupName", "industry", "stage", "teamSize");
    private static final String STAGES = Stream.of(Stage.values()).map(Stage::id).collect(Collectors.joining(", "));

    /** A valid submission. */
    record Submission(Profile profile, Map<String, String> answers) {
    }

    private final Questionnaire questionnaire;
    private final List<FieldProblem> problems;

    /** Problems found are added to {@code problems}, which may already hold some (a bad {@code ?lang}). */
    SubmissionReader(Questionnaire questionnaire, List<FieldProblem> problems) {
        this.questionnaire = questionnaire;
        this.problems = problems;
    }

    /** The submission, or null when a problem was found (and added). */
    Submission read(JsonNode body) {
        if (body == null || !body.isObject()) {
            problems.add(new FieldProblem("body", "must be a JSON object with profile and answers"));
            return null;
        }
        unknownFields(body, TOP_LEVEL, "");
        Profile profile = profile(body.get("profile"));
        Map<String, String> answers = answers(body.get("answers"));
        return problems.isEmpty() ? new Submission(profile, answers) : null;
    }

    private Profile profile(JsonNode node) {
        if (node == null || node.isNull()) {
            problems.add(new FieldProblem("profile", "is required"));
            return null;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("profile", "must be an object with startupName, industry, stage and teamSize"));
            return null;
        }
        unknownFields(node, PROFILE, "profile.");
        String name = string(node, "startupName");
        if (name != null && name.isBlank()) {
            problems.add(new FieldProblem("profile.startupName", "must not be blank"));
        } else if (name != null && name.strip().length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("profile.startupName", "must be at most " + MAX_NAME_LENGTH + " characters"));
        }
        String industry = string(node, "industry");
        if (industry != null && !questionnaire.facts().industries().contains(industry)) {
            problems.add(new FieldProblem("profile.industry", "unknown industry '" + industry + "'"));
        }
        String stageId = string(node, "stage");
        Stage stage = stageId == null ? null : Stage.fromId(stageId).orElse(null);
        if (stageId != null && stage == null) {
            problems.add(new FieldProblem("profile.stage", "unknown stage '" + stageId + "' (one of " + STAGES + ")"));
        }
        Integer teamSize = teamSize(node.get("teamSize"));
        if (name == null || industry == null || stage == null || teamSize == null) {
            return null;
        }
        return new Profile(name.strip(), industry, stage, teamSize);
    }

    private Integer teamSize(JsonNode node) {
        String field = "profile.teamSize";
        if (node == null || node.isNull()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        if (!node.isIntegralNumber()) {
            problems.add(new FieldProblem(field, "must be a whole number"));
            return null;
        }
        if (!node.canConvertToInt() || node.intValue() > MAX_TEAM_SIZE) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_TEAM_SIZE));
            return null;
        }
        if (node.intValue() < 1) {
            problems.add(new FieldProblem(field, "must be at least 1"));
            return null;
        }
        return node.intValue();
    }

    /** A required string of the profile, or null when missing or not a string (a problem is added). */
    private String string(JsonNode profile, String name) {
        JsonNode node = profile.get(name);
        if (node == null || node.isNull()) {
            problems.add(new FieldProblem("profile." + name, "is required"));
            return null;
        }
        if (!node.isString()) {
            problems.add(new FieldProblem("profile." + name, "must be a string"));
            return null;
        }
        return node.stringValue();
    }

    /** Answers are optional (none gives an empty result); each must name a question and one of its options. */
    private Map<String, String> answers(JsonNode node) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return answers;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("answers", "must be an object from question id to option id"));
            return answers;
        }
        for (Map.Entry<String, JsonNode> answer : node.properties()) {
            String field = "answers." + answer.getKey();
            Question question = questionnaire.question(answer.getKey()).orElse(null);
            if (question == null) {
                problems.add(new FieldProblem(field, "unknown question '" + answer.getKey() + "'"));
            } else if (!answer.getValue().isString()) {
                problems.add(new FieldProblem(field, "must be an option id (a string)"));
            } else if (!isOption(question, answer.getValue().stringValue())) {
                problems.add(new FieldProblem(field, "unknown option '" + answer.getValue().stringValue()
                        + "' for question '" + question.id() + "' (one of " + optionIds(question) + ")"));
            } else {
                answers.put(question.id(), answer.getValue().stringValue());
            }
        }
        return answers;
    }

    private static boolean isOption(Question question, String optionId) {
        return Questionnaire.UNKNOWN.equals(optionId) || question.option(optionId).isPresent();
    }

    private static String optionIds(Question question) {
        List<String> ids = new ArrayList<>();
        question.options().forEach(o -> ids.add(o.id()));
        ids.add(Questionnaire.UNKNOWN);
        return String.join(", ", ids);
    }

    private void unknownFields(JsonNode node, Set<String> known, String prefix) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problems.add(new FieldProblem(prefix + name, "unknown field"));
            }
        }
    }
}
