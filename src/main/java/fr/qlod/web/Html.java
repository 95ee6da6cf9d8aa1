package fr.qlod.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * HTML outside the templates: escaping for text written into HTML by Java, the error page, and
 * sending a rendered page.
 */
final class Html {
    private Html() {}

    /** Escapes text for element content and double- or single-quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A short error page with a search box and a link home, in French. */
    static String errorPage(int status, String title, String message) {
        return new String(errorBytes(Chrome.FRENCH, status, title, message), java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] errorBytes(Chrome chrome, int status, String title, String message) {
        return Templates.render(
                "error.jte", Map.of("chrome", chrome, "status", status, "title", title, "message", message));
    }

    /** Sends a rendered page with status 200. */
    static void send(HttpServletResponse resp, byte[] page) throws IOException {
        resp.setStatus(Responses.OK);
        resp.setContentType(Format.HTML.contentType());
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }
}
