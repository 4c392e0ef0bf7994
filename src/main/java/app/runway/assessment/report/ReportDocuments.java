package app.runway.assessment.report;

import java.util.function.Supplier;

import app.runway.pages.PageKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.util.unit.DataSize;

/**
 * Report PDFs, made once per report key (assessment version, language, guide revision, editor or not):
 * a PDF takes far longer to lay out than to send. Bounded by {@code runway.pages.pdf-cache-size}.
 */
@Component
class ReportDocuments {

    /** A PDF ready to send, with its entity tag and file name. */
    record Document(byte[] bytes, String filename, String etag) {

        Document(byte[] bytes, String filename) {
            this(bytes, filename, "\"" + DigestUtils.md5DigestAsHex(bytes) + "\"");
        }
    }

    private final Cache<PageKey, Document> documents;

    ReportDocuments(@Value("${runway.pages.pdf-cache-size}") DataSize size) {
        this.documents = Caffeine.newBuilder().maximumWeight(size.toBytes())
                .weigher((PageKey key, Document document) -> document.bytes().length + 256).build();
    }

    Document get(PageKey key, Supplier<Document> make) {
        return documents.get(key, k -> make.get());
    }
}
