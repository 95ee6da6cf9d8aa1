package fr.qlod.web;

/**
 * HTML building: escaping of everything printed, and the common page frame with its inline style
 * sheet (no external assets, no script).
 */
final class Html {
    private static final String STYLE = """
            body{font:17px/1.55 Georgia,'Times New Roman',serif;color:#1d1d1f;background:#fbfaf7;margin:0}
            header,main,footer{max-width:52rem;margin:0 auto;padding:0 1.2rem}
            header{padding-top:1rem;border-bottom:1px solid #ddd}
            header a{margin-right:1rem}
            nav form{display:inline}
            h1{font-size:1.7rem;line-height:1.25;margin:1.2rem 0 .3rem}
            h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #e3e0d8}
            a{color:#0b4f8a}
            .iri{font:13px/1.4 ui-monospace,Menlo,monospace;color:#555;word-break:break-all}
            .official{background:#eef4fb;border-left:4px solid #0b4f8a;padding:.6rem 1rem;margin:1rem 0}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #eee}
            th{width:13rem;font-weight:normal;color:#555}
            .text p{margin:.2rem 0 .9rem}
            .lang{font-size:.75rem;color:#888}
            .pager a{margin-right:1rem}
            footer{font-size:.85rem;color:#777;padding:2rem 1.2rem}
            input[type=search]{width:60%;font-size:1rem}
            textarea{width:100%;font:14px ui-monospace,monospace}
            """;

    private Html() {
    }

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

    /** Text as paragraphs: one {@code <p>} per block separated by a blank line. */
    static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String block : text.split("\\R\\s*\\R")) {
            if (!block.isBlank()) {
                out.append("<p>").append(escape(block.strip()).replaceAll("\\R", "<br>")).append("</p>\n");
            }
        }
        return out.toString();
    }

    /** A whole page; {@code title} is text (escaped here), {@code head} and {@code body} are HTML. */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + escape(title) + " — qlod</title>\n" + head
                + "<style>" + STYLE + "</style></head>\n<body><header><nav>"
                + "<a href=\"/\">Accueil</a><a href=\"/query\">SPARQL</a><a href=\"/void\">VoID</a>"
                + "<a href=\"/ontology\">Ontologie</a><a href=\"/dumps/\">Données</a>"
                + "<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" "
                + "placeholder=\"Rechercher dans les questions\" aria-label=\"Rechercher\"> "
                + "<button>Rechercher</button></form></nav></header>\n<main>\n" + body
                + "</main>\n<footer>Questions parlementaires de l'Assemblée nationale en données liées. "
                + "Licence Ouverte 2.0.</footer></body></html>\n";
    }

    /** A short error page with a search box and a link home. */
    static String errorPage(int status, String title, String message) {
        return page(title, "", "<h1>" + escape(title) + "</h1>\n<p>" + escape(message) + "</p>\n"
                + "<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" aria-label=\"Rechercher\"> "
                + "<button>Rechercher</button></form>\n<p><a href=\"/\">Retour à l'accueil</a> (HTTP " + status + ")</p>\n");
    }
}
