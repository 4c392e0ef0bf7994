package app.runway.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A page as rendered for the cache: its bytes cut at the reader's slots. Immutable.
 *
 * @param parts  the page's bytes between the slots; one more than there are slots
 * @param slots  the slot between {@code parts[i]} and {@code parts[i + 1]}
 * @param etag   identifies the rendered bytes (slots as markers)
 */
record RenderedPage(List<byte[]> parts, List<Slot> slots, String etag) {

    /** Cuts a page rendered with slot markers into its parts. */
    static RenderedPage of(String html) {
        List<byte[]> parts = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        int from = 0;
        while (true) {
            int next = -1;
            Slot found = null;
            for (Slot slot : Slot.values()) {
                int at = html.indexOf(slot.marker(), from);
                if (at >= 0 && (next < 0 || at < next)) {
                    next = at;
                    found = slot;
                }
            }
            if (found == null) {
                parts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
                break;
            }
            parts.add(html.substring(from, next).getBytes(StandardCharsets.UTF_8));
            slots.add(found);
            from = next + found.marker().length();
        }
        // The tag names the slots, not their markers, which differ per process: every instance tags alike.
        List<byte[]> tagged = new ArrayList<>(parts);
        slots.forEach(slot -> tagged.add(slot.name().getBytes(StandardCharsets.UTF_8)));
        return new RenderedPage(List.copyOf(parts), List.copyOf(slots), tag(tagged.toArray(new byte[0][])));
    }

    boolean has(Slot slot) {
        return slots.contains(slot);
    }

    /** The page with every slot filled. */
    byte[] fill(Map<Slot, byte[]> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size() + 1024);
        for (int i = 0; i < parts.size(); i++) {
            out.writeBytes(parts.get(i));
            if (i < slots.size()) {
                out.writeBytes(values.getOrDefault(slots.get(i), new byte[0]));
            }
        }
        return out.toByteArray();
    }

    int size() {
        return parts.stream().mapToInt(p -> p.length).sum();
    }

    /** A strong entity tag of these bytes: the first 128 bits of their SHA-256, quoted. */
    static String tag(byte[]... contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] content : contents) {
                digest.update(content);
                digest.update((byte) 0);
            }
            byte[] hash = digest.digest();
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
