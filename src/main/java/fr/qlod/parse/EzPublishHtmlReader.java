package fr.qlod.parse;

import fr.qlod.model.Entity;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the ez-publish question page of legislatures 14–16 ({@code header.question_legislature},
 * {@code section.question_header}, {@code section.question_info}, {@code div.question_publish_date},
 * {@code section.question_answer}). The page names no canonical URL; its PDF form posts to
 * {@code …/questions/detail/14/qe/104002/(vue)/pdf}, whose prefix is the question's own page.
 */
final class EzPublishHtmlReader implements QuestionReader {
    private static final Pattern MARKER =
            Pattern.compile("class=\"question_legislature\"|id=\"question_col10\"|class=\"question_publish_date\"");
    /** The head of a real page ends before the question: its title and the ez-publish design path. */
    private static final Pattern TITLE =
            Pattern.compile("<title>\\s*Question n\\S{0,2}\\s*\\d+ - Assembl", Pattern.CASE_INSENSITIVE);

    private static final String DESIGN_PATH = "/extension/common/design/an/";
    private static final String LEGISLATURE = "header.question_legislature";
    private static final String HEADER_CELLS = "section.question_header [id=question_col10]";
    private static final String AUTHOR = "section.question_header [id=question_col80]";
    private static final String DEPUTY_LINK = "a[href*=OMC_PA]";
    private static final Pattern PERSON_ID = Pattern.compile("OMC_(PA\\d+)");
    private static final String LABEL_CELLS =
            "section.question_info div.ministere .question_col50, section.question_info div.analyse_header .question_col33";
    private static final String DATES = "div.question_publish_date";
    private static final String ANSWER_SECTION = "section.question_answer";
    private static final String QUESTION_TEXT = "div.question";
    private static final String ANSWER_TEXTS = "div.answer div.reponse_contenu";
    private static final String PDF_FORM = "form[action*=/questions/detail/]";
    private static final Pattern DETAIL_URL =
            Pattern.compile("(https?://\\S+/questions/detail/(\\d{1,2})/([a-zA-Z]{2,4})/(\\d{1,7}))/\\(vue\\)/pdf");

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML_EZPUBLISH;
    }

    @Override
    public boolean accepts(byte[] head, String headText) {
        return MARKER.matcher(headText).find() || (TITLE.matcher(headText).find() && headText.contains(DESIGN_PATH));
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        String page = Decoding.decode(input.bytes(), null);
        HtmlPages.requireEnd(input.name(), page);
        Document doc = Jsoup.parse(page);
        TableDraft draft = new TableDraft(SourceFormat.HTML_EZPUBLISH, input.name());
        Element leg = doc.selectFirst(LEGISLATURE);
        draft.legislature = leg == null ? null : TableLines.legislature(leg.text());
        for (Element cell : doc.select(HEADER_CELLS)) {
            Integer number = TableLines.number(cell.text());
            if (number != null && draft.number == null) {
                draft.number = number;
            } else if (draft.type == null) {
                draft.type = QuestionType.parse(Texts.clean(cell.text())).orElse(null);
            }
        }
        Element author = doc.selectFirst(AUTHOR);
        if (author != null) {
            Element link = author.selectFirst(DEPUTY_LINK);
            Matcher pa = PERSON_ID.matcher(link == null ? "" : link.attr("href"));
            draft.author = TableLines.author(author.text(), pa.find() ? pa.group(1) : null);
        }
        for (Element cell : doc.select(LABEL_CELLS)) {
            TableLines.labelled(cell.text()).ifPresent(draft::label);
        }
        Element dates = doc.selectFirst(DATES);
        if (dates != null) {
            draft.dates(TableLines.dates(Texts.fromHtml(dates)));
        }
        Element texts = doc.selectFirst(ANSWER_SECTION);
        if (texts != null) {
            Element question = texts.selectFirst(QUESTION_TEXT);
            if (question != null) {
                Element body = question.clone();
                body.select("h3").remove();
                draft.questionText = Texts.fromHtml(body);
            }
            for (Element answer : texts.select(ANSWER_TEXTS)) {
                draft.answerText(Texts.fromHtml(answer));
            }
        }
        draft.sourceUrl = sourceUrl(doc, draft);
        var built = draft.build(LEGISLATURE + ", " + HEADER_CELLS);
        if (texts == null) {
            throw new SourceFormatException(input.name(), ANSWER_SECTION, "truncated: no question or answer text");
        }
        sink.accept(built);
    }

    /** The canonical URL if any, else the question page behind the PDF form, when it is this question's. */
    private static String sourceUrl(Document doc, TableDraft draft) {
        String canonical = TableLines.canonicalUrl(doc);
        if (canonical != null) {
            return canonical;
        }
        Element form = doc.selectFirst(PDF_FORM);
        if (form == null || draft.legislature == null || draft.type == null || draft.number == null) {
            return null;
        }
        Matcher m = DETAIL_URL.matcher(form.attr("action"));
        if (!m.matches()) {
            return null;
        }
        boolean same = Integer.parseInt(m.group(2)) == draft.legislature
                && m.group(3).equalsIgnoreCase(draft.type.name())
                && Integer.parseInt(m.group(4)) == draft.number;
        return same ? m.group(1) : null;
    }
}
