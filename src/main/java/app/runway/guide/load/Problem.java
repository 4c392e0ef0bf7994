package app.runway.guide.load;

/** One thing wrong in a guide, located to the line, printed as {@code path:line: message}. */
public record Problem(String path, int line, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : Integer.compare(line, other.line);
    }
}
