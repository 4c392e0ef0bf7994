package app.runway.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Serves pages rendered once. The first request for a {@link PageKey} renders the view with markers in
 * the reader's slots and keeps the result; every request fills the slots in and sends the bytes. A reader
 * who is not signed in, with nothing of their own on the page, gets bytes prepared once (and gzipped once)
 * with a strong ETag. Everything is bounded by {@code runway.pages.cache-size}.
 */
@Component
public class PageCache {

    /** The model attribute that tells the layout to write slot markers instead of the reader's parts. */
    static final String SLOTS = "pageSlots";

    private final PageRenderer renderer;
    private final AccountLinks accountLinks;
    private final PagesProperties properties;
    private final Cache<PageKey, CachedPage> pages;

    PageCache(PageRenderer renderer, AccountLinks accountLinks, PagesProperties properties) {
        this.renderer = renderer;
        this.accountLinks = accountLinks;
        this.properties = properties;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.cacheSize().toBytes())
                .weigher((PageKey key, CachedPage page) -> key.weight() + page.weight())
                .build();
    }

    /** Who a kept page may be stored by, besides Runway. */
    public enum Audience {
        /** Anyone's: the guide. A reader without a session gets bytes that any cache may keep and revalidate. */
        EVERYONE,
        /** One reader's, behind a private link: only the reader's browser may keep it, revalidating each time. */
        LINK_HOLDER,
        /** One signed-in reader's: nothing may keep it, so that Back after signing out does not show it. */
        SIGNED_IN
    }

    /**
     * Sends a guide page (anyone's) of this key, rendering it on a miss.
     *
     * @param view   the Thymeleaf view that renders the page
     * @param model  what the view needs; only asked for when the page is rendered
     * @param status the reader's own status on the page (for {@code fragments/reader :: status}), or null
     */
    public void serve(PageKey key, String view, Supplier<Map<String, ?>> model, Object status,
            HttpServletRequest request, HttpServletResponse response) {
        serve(key, view, model, status, Audience.EVERYONE, request, response);
    }

    /** Sends a kept page meant for {@code audience}, rendering it on a miss. */
    public void serve(PageKey key, String view, Supplier<Map<String, ?>> model, Object status, Audience audience,
            HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (!properties.cache() || flash != null) {
            // A one-off message after a redirect is the reader's own: render the whole page for them.
            sendFresh(key, view, model.get(), flash, status, locale, request, response);
            return;
        }
        CachedPage page = pages.get(key, k -> render(k, view, model.get(), locale, request, response));
        boolean anonymous = AccountLinks.anonymous(reader);
        if (anonymous && status == null && page.shared() != null) {
            // Shared caches may keep it only when nothing about the reader is attached (no session cookie).
            boolean everyone = audience == Audience.EVERYONE && request.getSession(false) == null;
            send(page.shared(), everyone ? "no-cache" : cacheControl(audience), request, response);
            return;
        }
        RenderedPage account = accountLinks.forReader(reader, locale, request, response);
        Map<Slot, byte[]> values = new EnumMap<>(Slot.class);
        values.put(Slot.ACCOUNT, fillCsrf(account, request));
        byte[] statusBytes = status == null ? new byte[0] : renderStatus(status, locale, request, response);
        values.put(Slot.READER_STATUS, statusBytes);
        if (page.page().has(Slot.CSRF)) {
            values.put(Slot.CSRF, csrfToken(request));
        }
        HttpSession session = request.getSession(false);
        String etag = RenderedPage.tag(page.page().etag().getBytes(StandardCharsets.UTF_8),
                account.etag().getBytes(StandardCharsets.UTF_8), statusBytes,
                (session == null ? "" : session.getId()).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = page.page().fill(values);
        // Compressed here: Tomcat leaves a response with a strong ETag as it is.
        send(new Prepared(bytes, acceptsGzip(request) ? RenderedPage.gzip(bytes) : null, etag),
                cacheControl(audience == Audience.EVERYONE ? Audience.LINK_HOLDER : audience), request, response);
    }

    private static String cacheControl(Audience audience) {
        return audience == Audience.SIGNED_IN ? "private, no-store" : "private, no-cache";
    }

    /** Forgets every page that was not drawn from this revision. */
    public void retainOnly(String revision) {
        pages.asMap().keySet().removeIf(key -> !key.revision().equals(revision));
    }

    /** Forgets every page whose key matches, such as the reports of one assessment. */
    public void forget(java.util.function.Predicate<PageKey> which) {
        pages.asMap().keySet().removeIf(which);
    }

    /** Pages kept and the bytes they take, for the admin page and the memory figures. */
    public Stats stats() {
        long bytes = pages.asMap().entrySet().stream().mapToLong(e -> e.getKey().weight() + e.getValue().weight())
                .sum();
        return new Stats(pages.estimatedSize(), bytes);
    }

    public record Stats(long pages, long bytes) {
    }

    private CachedPage render(PageKey key, String view, Map<String, ?> model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("lang", key.lang());
        all.put("languageLinks", key.languageLinks());
        all.put(SLOTS, Map.of("account", Slot.ACCOUNT.marker(), "status", Slot.READER_STATUS.marker()));
        RenderedPage page = RenderedPage.of(renderer.render(view, all, locale, request, response, true));
        Prepared shared = null;
        if (!page.has(Slot.CSRF)) {
            RenderedPage account = accountLinks.forAnonymous(locale, request, response);
            Map<Slot, byte[]> values = new EnumMap<>(Slot.class);
            values.put(Slot.ACCOUNT, account.fill(Map.of()));
            byte[] bytes = page.fill(values);
            shared = new Prepared(bytes, RenderedPage.gzip(bytes), RenderedPage.tag(bytes));
        }
        return new CachedPage(page, shared);
    }

    private void sendFresh(PageKey key, String view, Map<String, ?> model, Map<String, ?> flash, Object status,
            Locale locale, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> all = new HashMap<>(model);
        if (flash != null) {
            all.putAll(flash);
        }
        all.put("lang", key.lang());
        all.put("languageLinks", key.languageLinks());
        if (status != null) {
            all.put("readerStatus", status);
        }
        byte[] bytes = renderer.render(view, all, locale, request, response, false).getBytes(StandardCharsets.UTF_8);
        response.setHeader("Cache-Control", "no-store");
        write(bytes, request, response);
    }

    private byte[] renderStatus(Object status, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        return renderer.render("fragments/reader :: status", Map.of("readerStatus", status), locale, request, response,
                false).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fillCsrf(RenderedPage part, HttpServletRequest request) {
        return part.has(Slot.CSRF) ? part.fill(Map.of(Slot.CSRF, csrfToken(request))) : part.fill(Map.of());
    }

    private static byte[] csrfToken(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? new byte[0] : token.getToken().getBytes(StandardCharsets.UTF_8);
    }

    /** @param cacheControl who may keep the bytes; each keeper revalidates every time (a reload may change a page) */
    private static void send(Prepared prepared, String cacheControl, HttpServletRequest request,
            HttpServletResponse response) {
        boolean gzip = prepared.gzip() != null && acceptsGzip(request);
        String etag = gzip ? prepared.etag().substring(0, prepared.etag().length() - 1) + "-gz\"" : prepared.etag();
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Accept-Encoding, Accept-Language, Cookie");
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        write(gzip ? prepared.gzip() : prepared.identity(), request, response);
    }

    private static void write(byte[] body, HttpServletRequest request, HttpServletResponse response) {
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try {
            response.getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the client takes gzip: named in Accept-Encoding with a weight above zero, or else covered by
     * {@code *} with a weight above zero. A weight that is not a number counts as a refusal.
     */
    static boolean acceptsGzip(HttpServletRequest request) {
        String header = request.getHeader("Accept-Encoding");
        if (header == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String coding : header.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            double weight = weight(parts);
            if (name.equals("gzip") || name.equals("x-gzip")) {
                gzip = weight;
            } else if (name.equals("*")) {
                any = weight;
            }
        }
        return gzip != null ? gzip > 0 : any != null && any > 0;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().replace(" ", "");
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** Bytes ready to send: as they are, gzipped (or null), and their entity tag. */
    record Prepared(byte[] identity, byte[] gzip, String etag) {

        int weight() {
            return identity.length + (gzip == null ? 0 : gzip.length) + 64;
        }
    }

    /**
     * @param shared the bytes every reader who is not signed in gets, or null when the page holds a CSRF token
     */
    record CachedPage(RenderedPage page, Prepared shared) {

        int weight() {
            return page.size() + 64 * page.parts().size() + (shared == null ? 0 : shared.weight());
        }
    }
}
