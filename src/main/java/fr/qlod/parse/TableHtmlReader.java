package fr.qlod.parse;

import fr.qlod.model.Entity;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the table HTML page of 2009–2015 ({@code td.tdstyleh1} legislature, "Question N° :
 * &lt;b&gt;59906&lt;/b&gt;", the author in {@code td.tdstyleh3}, "label &gt;" cells with a
 * {@code span.contenu} value, every date in one cell split by {@code <br>}, the texts in
 * {@code div.contenutexte} after their {@code h2}). Pages declare iso-8859-1 but are windows-1252.
 */
final class TableHtmlReader implements QuestionReader {
    private static final Pattern MARKER =
            Pattern.compile("class\\s*=\\s*\"?(tdstyleh1|tdstyleh3|contenutexte)\\b", Pattern.CASE_INSENSITIVE);
    private static final String LEGISLATURE = "td.tdstyleh1";
    private static final String HEADER_CELLS = "td.tdstyleh3";
    private static final String VALUES = "span.contenu";
    private static final String TEXTS = "div.contenutexte";
    private static final String AUTHOR_PREFIX = "de ";
    private static final String ANSWER_HEADING = "reponse";
    private static final String QUESTION_HEADING = "question";

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML_TABLE;
    }

    @Override
    public boolean accepts(byte[] head, String headText) {
        return MARKER.matcher(headText).find();
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        String page = Decoding.decode(input.bytes(), null);
        HtmlPages.requireEnd(input.name(), page);
        Document doc = Jsoup.parse(page);
        TableDraft draft = new TableDraft(SourceFormat.HTML_TABLE, input.name());
        Element leg = doc.selectFirst(LEGISLATURE);
        draft.legislature = leg == null ? null : TableLines.legislature(leg.text());
        for (Element td : doc.select("td")) {
            if (td.getElementsByTag("td").size() > 1) { // the element itself is counted: skip layout cells
                continue;
            }
            if (draft.number == null) {
                draft.number = TableLines.number(td.text());
            }
            if (!draft.hasDates()) {
                draft.dates(TableLines.dates(Texts.fromHtml(td)));
            }
        }
        for (Element td : doc.select(HEADER_CELLS)) {
            String text = Texts.clean(td.text());
            if (TableLines.fold(text).startsWith(AUTHOR_PREFIX)) {
                if (draft.author == null) {
                    draft.author = TableLines.author(text, null);
                }
            } else if (draft.type == null) {
                draft.type = QuestionType.parse(text).orElse(null);
            }
        }
        for (Element value : doc.select(VALUES)) {
            TableLines.labelled(value.parent().text()).ifPresent(draft::label);
        }
        draft.sourceUrl = TableLines.canonicalUrl(doc);
        Elements texts = doc.select(TEXTS);
        for (Element div : texts) {
            String heading = heading(div);
            String text = Texts.fromHtml(div);
            boolean answer = heading == null
                    ? draft.type == QuestionType.QG || draft.questionText != null
                    : heading.contains(ANSWER_HEADING);
            if (answer) {
                draft.answerText(text);
            } else if (heading == null || heading.contains(QUESTION_HEADING)) {
                draft.questionText = draft.questionText == null ? text : draft.questionText + "\n\n" + text;
            }
        }
        var question = draft.build(LEGISLATURE + ", " + HEADER_CELLS);
        if (texts.isEmpty()) {
            throw new SourceFormatException(input.name(), TEXTS, "truncated: no question or answer text");
        }
        sink.accept(question);
    }

    /** The folded text of the {@code h2} just before a text block ("texte de la question"), or null. */
    private static String heading(Element div) {
        for (Element e = div.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            if (e.normalName().matches("h[1-6]")) {
                return TableLines.fold(e.text());
            }
            if (e.is(TEXTS)) {
                return null;
            }
        }
        return null;
    }
}
