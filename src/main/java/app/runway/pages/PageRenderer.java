package app.runway.pages;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders a Thymeleaf view (or a fragment, {@code "template :: fragment"}) into text, the way Spring MVC
 * would render it for this request, but without writing to the response. Rendered for the cache, a form's
 * CSRF token is written as {@link Slot#CSRF}'s marker: the reader's own token is put in when the page is sent.
 */
@Component
class PageRenderer {

    private final ObjectProvider<ThymeleafViewResolver> views;

    /** The view resolver is asked for when a page is rendered: a context without a web server has none. */
    PageRenderer(ObjectProvider<ThymeleafViewResolver> views) {
        this.views = views;
    }

    /**
     * @param markCsrf whether to write the CSRF marker instead of this reader's token
     */
    String render(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
            HttpServletResponse response, boolean markCsrf) {
        try {
            View view = views.getObject().resolveViewName(viewName, locale);
            if (view == null) {
                throw new IllegalStateException("no view " + viewName);
            }
            Capture capture = new Capture(response);
            view.render(model, markCsrf ? new MarkedCsrf(request) : request, capture);
            capture.getWriter().flush();
            return capture.text();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot render " + viewName, e);
        }
    }

    /** A request whose CSRF token is the slot's marker, so that a rendered form can be shared. */
    private static final class MarkedCsrf extends HttpServletRequestWrapper {

        private static final CsrfToken MARKER = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", Slot.CSRF.marker());

        MarkedCsrf(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (name.equals(CsrfToken.class.getName()) || name.equals("_csrf")) {
                return MARKER;
            }
            return super.getAttribute(name);
        }
    }

    /** Keeps what a view writes; headers and status stay untouched, the page's sender sets its own. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final CharArrayWriter buffer = new CharArrayWriter(16 * 1024);
        private final PrintWriter writer = new PrintWriter(buffer);

        Capture(HttpServletResponse response) {
            super(response);
        }

        String text() {
            return buffer.toString();
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("pages are rendered as text");
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setContentLength(int length) {
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        @Override
        public void setLocale(Locale locale) {
        }

        @Override
        public void setStatus(int status) {
        }

        @Override
        public void setHeader(String name, String value) {
        }

        @Override
        public void addHeader(String name, String value) {
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
        }

        @Override
        public void reset() {
            buffer.reset();
        }
    }
}
