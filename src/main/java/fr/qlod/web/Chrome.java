package fr.qlod.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the frame of every page needs: the language's messages, the address of the same page in the
 * other language, and the style sheet's versioned address.
 *
 * <p>The language is {@code ?lang=} when given (and then kept in a cookie), else the cookie, else the
 * first of French and English in {@code Accept-Language}; French by default.
 */
record Chrome(Messages m, String otherLanguage) {
    static final String LANG = "lang";
    /** The frame of pages built without a request (error pages of a filter): French. */
    static final Chrome FRENCH = new Chrome(Messages.FRENCH, "?lang=en");

    static Chrome of(HttpServletRequest req, HttpServletResponse resp) {
        resp.addHeader("Vary", "Accept-Language");
        resp.addHeader("Vary", "Cookie");
        String asked = req.getParameter(LANG);
        String lang;
        if ("fr".equals(asked) || "en".equals(asked)) {
            lang = asked;
            Cookie cookie = new Cookie(LANG, lang);
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            resp.addCookie(cookie);
        } else {
            lang = fromCookie(req);
            if (lang == null) {
                lang = fromAcceptLanguage(req.getHeader("Accept-Language"));
            }
        }
        Messages m = Messages.of(lang);
        return new Chrome(m, switchLink(req, m.english() ? "fr" : "en"));
    }

    private static String fromCookie(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (LANG.equals(c.getName()) && ("fr".equals(c.getValue()) || "en".equals(c.getValue()))) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** The first of fr and en by quality, ties to the earlier; fr when neither is named. */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.length() > ContentNegotiation.MAX_ACCEPT_LENGTH) {
            return "fr";
        }
        String best = "fr";
        double bestQ = -1;
        for (String part : header.split(",")) {
            String[] bits = part.trim().split(";");
            String tag = bits[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            String lang = tag.startsWith("en") ? "en" : tag.startsWith("fr") ? "fr" : null;
            if (lang != null && q > bestQ && q > 0) {
                best = lang;
                bestQ = q;
            }
        }
        return best;
    }

    /** The request's own address with {@code lang} set to the other language. */
    private static String switchLink(HttpServletRequest req, String lang) {
        StringBuilder link = new StringBuilder(req.getRequestURI()).append('?');
        req.getParameterMap().forEach((name, values) -> {
            if (!LANG.equals(name)) {
                for (String v : values) {
                    link.append(encode(name)).append('=').append(encode(v)).append('&');
                }
            }
        });
        return link.append(LANG).append('=').append(lang).toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String lang() {
        return m.lang();
    }

    /** A message of the page's language. */
    String t(String key, Object... args) {
        return m.t(key, args);
    }

    String css() {
        return Assets.url(Assets.CSS);
    }
}
