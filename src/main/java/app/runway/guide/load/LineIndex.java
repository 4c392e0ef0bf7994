package app.runway.guide.load;

import java.util.Arrays;

import com.vladsch.flexmark.util.ast.Node;

/**
 * Line numbers of a document's nodes. flexmark's own getStartLineNumber() counts lines from the
 * start of the document on every call, which made loading a long chapter quadratic; this finds
 * the line by binary search over line starts computed once.
 */
final class LineIndex {

    private final int[] starts;

    private LineIndex(int[] starts) {
        this.starts = starts;
    }

    static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count));
    }

    /** The 1-based line a node starts on. */
    int line(Node node) {
        int found = Arrays.binarySearch(starts, node.getStartOffset());
        return (found >= 0 ? found : -found - 2) + 1;
    }
}
