package app.runway.guide;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import app.runway.guide.load.LoadedGuide;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loaded guide as stored whole in the database (gzipped JSON), so that an instance can serve a revision
 * another instance read from its files.
 */
final class GuideDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GuideDocuments() {
    }

    static byte[] write(LoadedGuide guide) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            JSON.writeValue(gzip, guide);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static LoadedGuide read(byte[] document) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(document))) {
            return JSON.readValue(gzip, LoadedGuide.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
