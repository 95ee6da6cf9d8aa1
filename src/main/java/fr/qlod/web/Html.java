package fr.qlod.web;

import gg.jte.Content;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * HTML outside the templates: escaping for the few pages still written in Java (the ontology and
 * the dumps list), their frame, and the error page.
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

    /**
     * A whole page in the common frame; {@code title} is text (escaped there), {@code head} and
     * {@code body} are HTML already escaped by the caller: the one place raw HTML enters a template.
     */
    static String page(String title, String head, String body) {
        Content rawHead = out -> out.writeContent(head);
        Content rawBody = out -> out.writeContent(body);
        return new String(
                Templates.render(
                        "raw.jte", Map.of("chrome", Chrome.FRENCH, "title", title, "head", rawHead, "body", rawBody)),
                java.nio.charset.StandardCharsets.UTF_8);
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
