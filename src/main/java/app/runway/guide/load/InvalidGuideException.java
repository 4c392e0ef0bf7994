package app.runway.guide.load;

import java.util.List;
import java.util.stream.Collectors;

/** A guide was refused; carries every problem found, sorted by file and line. */
public class InvalidGuideException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidGuideException(List<Problem> problems) {
        super(describe(problems));
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return "The guide has " + problems.size() + " problem(s) and was not loaded:\n"
                + problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
