package fr.qlod.parse;

import fr.qlod.model.Entity;
import fr.qlod.model.Origin;
import fr.qlod.model.Person;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the /dyn/ question pages of the Assemblée (2022–,
 * {@code www.assemblee-nationale.fr/dyn/16/questions/QANR5L16QE200}): the uid in
 * {@code div.an-bloc._style-question[data-id]}, the title "Question écrite n°200 : subject", the
 * JO links under it, the question and answer texts, and the "Données clés" {@code p.h6} box.
 */
final class DynHtmlReader implements QuestionReader {
    static final String BLOCK = "div.an-bloc._style-question";
    private static final String BASE_URI = "https://www.assemblee-nationale.fr/";
    private static final Pattern SNIFF_PAGE_URL =
            Pattern.compile("assemblee-nationale\\.fr/dyn/\\d{1,2}/questions/QANR5L\\d{1,2}(?:QE|QG|QOSD)\\d+");
    private static final Pattern SNIFF_BLOCK = Pattern.compile("an-bloc\\s+_style-question|_style-question\\s+an-bloc");
    private static final String QUESTION_HEADING = "question de";
    private static final String ANSWER_HEADING = "reponse";
    private static final String JO_LINK = "publication de";

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML_DYN;
    }

    /**
     * Markup with the question block, or (when a long page header pushes the block out of the
     * head) whose own URL is a /dyn/ question URL.
     */
    @Override
    public boolean accepts(byte[] head, String headText) {
        String t = headText.replace("\uFEFF", "").stripLeading();
        if (t.isEmpty() || t.charAt(0) != '<') {
            return false;
        }
        return SNIFF_BLOCK.matcher(t).find() || SNIFF_PAGE_URL.matcher(t).find();
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        String file = input.name();
        String page = Decoding.decode(input.bytes(), null);
        HtmlPages.requireEnd(input.name(), page);
        Document doc = Jsoup.parse(page, BASE_URI);
        Element bloc = doc.selectFirst(BLOCK);
        if (bloc == null) {
            throw new SourceFormatException(file, BLOCK, "no question block: not a /dyn/ question page, or truncated");
        }
        List<Element> boxes = bloc.select("p.h6");
        if (boxes.isEmpty()) {
            throw new SourceFormatException(file, BLOCK + " p.h6", "no 'Données clés' box: truncated page?");
        }
        DynKeyData keyData = new DynKeyData();
        for (Element link : bloc.select("a[href]")) {
            if (DynKeyData.key(link.text()).startsWith(JO_LINK)) {
                keyData.dateLine(link.text(), link.absUrl("href"));
            }
        }
        for (Element box : boxes) {
            keyDataBox(keyData, box);
        }
        List<DynKeyData.AnswerText> answers = new ArrayList<>();
        String text = texts(bloc, keyData, answers);

        Element titleElement = bloc.selectFirst("span.h4");
        Optional<DynKeyData.Title> title =
                titleElement == null ? Optional.empty() : DynKeyData.Title.parse(titleElement.text());
        Optional<QuestionId> uid = QuestionId.parse(bloc.attr("data-id").strip().split("\\s+")[0]);
        QuestionId id = uid.orElseGet(() -> requireId(file, bloc, keyData, title));

        Question.Builder builder = Question.builder()
                .id(id)
                .origin(new Origin(SourceFormat.HTML_DYN, file, sourceUrl(doc)))
                .text(text);
        keyData.fill(builder, id, title.map(DynKeyData.Title::subject).orElse(null), answers);
        sink.accept(builder.build());
    }

    private static QuestionId requireId(
            String file, Element bloc, DynKeyData keyData, Optional<DynKeyData.Title> title) {
        Integer legislature = null;
        for (Element span : bloc.select("span.h6")) {
            Optional<Integer> leg = DynKeyData.legislature(span.text());
            if (leg.isPresent()) {
                legislature = leg.get();
                break;
            }
        }
        QuestionType type =
                keyData.type().orElse(title.map(DynKeyData.Title::type).orElse(null));
        Integer number =
                keyData.number().orElse(title.map(DynKeyData.Title::number).orElse(null));
        return DynKeyData.requireId(file, legislature, type, number);
    }

    /** One {@code p.h6} of the box: its own text is the label, {@code span._regular} the value. */
    private static void keyDataBox(DynKeyData keyData, Element box) {
        String label = ownText(box);
        Element author = box.selectFirst("a[data-document-id]");
        if (author != null) {
            String id = author.attr("data-document-id");
            keyData.author(author.text(), Person.ACTOR_ID.matcher(id).matches() ? id : null);
            return;
        }
        List<Element> values = box.select("span._regular");
        if (DynKeyData.isDatesHeading(label)) {
            for (Element line : values) {
                Element link = line.selectFirst("a[href]");
                keyData.dateLine(line.text(), link == null ? null : link.absUrl("href"));
            }
            return;
        }
        String value = values.isEmpty() ? "" : values.get(0).text();
        keyData.field(label, value);
    }

    /**
     * The question text and the answer texts of the left-hand column: a heading {@code p}
     * ("Question de :", "Réponse publiée le 27 septembre 2022") followed by its {@code p._pa-small}
     * paragraphs. Answer headings are also date lines for the key data.
     */
    private static String texts(Element bloc, DynKeyData keyData, List<DynKeyData.AnswerText> answers) {
        Element column = bloc.selectFirst("div.ha-grid-item.size-3");
        if (column == null) {
            return "";
        }
        List<String> question = new ArrayList<>();
        List<String> current = null;
        LocalDate answerDate = null;
        for (Element p : column.select("p")) {
            String key = DynKeyData.key(p.text());
            if (!p.hasClass("_pa-small")) {
                if (key.startsWith(QUESTION_HEADING)) {
                    current = question;
                } else if (key.startsWith(ANSWER_HEADING)) {
                    flushAnswer(answers, answerDate, current, question);
                    current = new ArrayList<>();
                    answerDate = FrenchDates.find(p.text()).orElse(null);
                    keyData.dateLine(p.text(), null);
                }
                continue;
            }
            if (current != null) {
                String paragraph = Texts.fromHtml(p);
                if (!paragraph.isEmpty()) {
                    current.add(paragraph);
                }
            }
        }
        flushAnswer(answers, answerDate, current, question);
        return String.join("\n\n", question);
    }

    private static void flushAnswer(
            List<DynKeyData.AnswerText> answers, LocalDate date, List<String> paragraphs, List<String> question) {
        if (paragraphs != null && paragraphs != question && !paragraphs.isEmpty()) {
            answers.add(new DynKeyData.AnswerText(date, String.join("\n\n", paragraphs)));
        }
    }

    /** The page's own URL: the canonical link, else its Open Graph URL. */
    private static String sourceUrl(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.absUrl("href").isEmpty()) {
            return canonical.absUrl("href");
        }
        Element og = doc.selectFirst("meta[property=og:url][content]");
        if (og != null && og.attr("content").matches("https?://\\S+")) {
            return og.attr("content");
        }
        return null;
    }

    private static String ownText(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.text());
            }
        }
        return out.toString();
    }
}
