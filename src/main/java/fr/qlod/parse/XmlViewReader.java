package fr.qlod.parse;

import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Civility;
import fr.qlod.model.Closure;
import fr.qlod.model.Constituency;
import fr.qlod.model.Departements;
import fr.qlod.model.Entity;
import fr.qlod.model.Erratum;
import fr.qlod.model.ErratumTarget;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.JoType;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import fr.qlod.model.Status;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the per-question XML view of the Assemblée's question pages
 * ({@code …/q14/14-47351QE.htm/vue/xml}): root {@code <QUESTION TYPE="QE">}, upper-case elements,
 * texts as HTML inside CDATA. Numeric ids become open-data uids ({@code ID_ACTEUR 923} →
 * {@code PA923}, {@code ID_MANDAT} → {@code PM…}, {@code ID_GROUPE}/{@code ID_MINI}/{@code ID_MINA}
 * → {@code PO…}). Blocks the view prints empty ({@code <ERRATUM_QUESTION><DATE_JO/>…}) give nothing.
 *
 * <p>The answer's JO edition and issue number are not in {@code REPONSE}; when a {@code REP_PUB}
 * closure has the answer's date, they are taken from it (it describes the same publication).
 * The document is parsed with StAX, DTDs and external entities off (see {@link XmlElement}).
 */
public final class XmlViewReader implements QuestionReader {
    /**
     * An upper-case QUESTION root after an optional prolog. The TYPE attribute is not required
     * here, so that a view without it is refused by {@link #read} with a message that names it.
     */
    private static final Pattern ROOT = Pattern.compile(
            "\\A\uFEFF?\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^\\[>]*(?:\\[.*?\\])?\\s*>|<\\?.*?\\?>)\\s*)*"
                    + "<QUESTION[\\s>]",
            Pattern.DOTALL);

    private static final String ROOT_NAME = "QUESTION";
    private static final String ACTOR = "PA";
    private static final String MANDATE = "PM";
    private static final String ORGAN = "PO";

    @Override
    public SourceFormat format() {
        return SourceFormat.XML_VIEW;
    }

    @Override
    public boolean accepts(byte[] head, String headText) {
        return ROOT.matcher(headText).find();
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        String file = input.name();
        XmlElement root = XmlElement.parse(file, Decoding.decode(input.bytes(), null));
        if (!root.name().equals(ROOT_NAME)) {
            throw new SourceFormatException(
                    file, root.place(), "root element is <" + root.name() + ">, not <QUESTION>");
        }
        Fields fields = new Fields(file);
        Question.Builder q =
                Question.builder().id(id(file, root)).origin(new Origin(SourceFormat.XML_VIEW, file, null));
        XmlElement deposit = depositWithNumber(root);
        if (deposit != null) {
            q.published(fields.publication(deposit, "DATE_JO", "PAGE_JO"));
        }
        readAuthor(fields, root, q);
        readIndexing(root, q);
        readMinistries(fields, root, q);
        q.text(questionText(root));
        for (XmlElement block : root.children("ERRATUM_QUESTION")) {
            erratum(fields, block, ErratumTarget.QUESTION, q);
        }
        for (XmlElement block : root.children("SIGNALEMENT")) {
            for (XmlElement entry : entries(block)) {
                JoPublication jo = fields.publication(entry, "DATE_JO", "PAGE_JO");
                if (jo != null) {
                    q.signalement(jo);
                }
            }
        }
        for (XmlElement block : root.children("RENOUVELLEMENT")) {
            for (XmlElement entry : entries(block)) {
                JoPublication jo = fields.publication(entry, "DATE_RENOUVELLEMENT", "PAGE_JO");
                if (jo == null) {
                    jo = fields.publication(entry, "DATE_JO", "PAGE_JO");
                }
                if (jo != null) {
                    q.renewal(jo);
                }
            }
        }
        Closure closure = closure(fields, root.child("CLOTURE"));
        q.closure(closure);
        for (XmlElement block : root.children("REPONSE")) {
            answer(fields, block, closure, q, problems);
        }
        for (XmlElement block : root.children("ERRATUM_REPONSE")) {
            erratum(fields, block, ErratumTarget.ANSWER, q);
        }
        sink.accept(q.build());
    }

    private static QuestionId id(String file, XmlElement root) {
        String typeText = root.attribute("TYPE");
        QuestionType type = QuestionType.parse(typeText)
                .orElseThrow(() -> new SourceFormatException(
                        file,
                        root.place(),
                        typeText == null
                                ? "no question type (QUESTION@TYPE)"
                                : "unknown question type: '" + typeText + "'"));
        XmlElement legislatureElement = root.child("LEGISLATURE");
        String legislature = legislatureElement == null ? null : legislatureElement.text();
        if (legislature == null || !legislature.matches("\\d{1,3}")) {
            throw new SourceFormatException(
                    file,
                    legislatureElement == null ? root.place() : legislatureElement.place(),
                    legislature == null
                            ? "no legislature (LEGISLATURE)"
                            : "legislature is not a number: '" + legislature + "'");
        }
        XmlElement deposit = depositWithNumber(root);
        String number = deposit == null ? null : deposit.attribute("NUMERO");
        if (number == null || !number.matches("\\d{1,9}")) {
            throw new SourceFormatException(
                    file,
                    deposit == null ? root.place() : deposit.place(),
                    number == null
                            ? "no question number (DEPOT@NUMERO)"
                            : "question number is not a number: '" + number + "'");
        }
        try {
            return new QuestionId(Integer.parseInt(legislature), type, Integer.parseInt(number));
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(file, deposit.place(), e.getMessage(), e);
        }
    }

    /** The view has two DEPOT blocks: one with the number and the JO data, one with the text. */
    private static XmlElement depositWithNumber(XmlElement root) {
        for (XmlElement deposit : root.children("DEPOT")) {
            if (deposit.attribute("NUMERO") != null) {
                return deposit;
            }
        }
        return null;
    }

    private static String questionText(XmlElement root) {
        List<String> texts = new ArrayList<>();
        for (XmlElement deposit : root.children("DEPOT")) {
            String text = Texts.fromHtml(deposit.childText("TEXTE_DEPOT"));
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return String.join("\n\n", texts);
    }

    private static void readAuthor(Fields fields, XmlElement root, Question.Builder q) {
        XmlElement author = root.child("AUTEUR");
        if (author != null && author.childText("NOM") != null) {
            q.author(new Author(
                    Civility.parse(author.childText("CIVILITE")).orElse(null),
                    fields.clean(author.childText("PRENOM")),
                    fields.clean(author.childText("NOM")),
                    uid(ACTOR, author.childText("ID_ACTEUR")),
                    uid(MANDATE, author.attribute("ID_MANDAT"))));
        }
        XmlElement group = root.child("GROUPE");
        if (group != null && (group.childText("LIBELLE") != null || group.attribute("SIGLE") != null)) {
            q.group(new GroupRef(
                    fields.clean(group.childText("LIBELLE")),
                    group.attribute("SIGLE"),
                    uid(ORGAN, group.childText("ID_GROUPE"))));
        }
        XmlElement constituency = root.child("CIRCONSCRIPTION");
        if (constituency != null) {
            String code = constituency.childText("CODE_DEPARTEMENT");
            String name = fields.clean(constituency.childText("DEPARTEMENT"));
            if (name == null) {
                name = Departements.nameOf(code).orElse(null);
            }
            if (name != null) {
                q.constituency(new Constituency(
                        code,
                        name,
                        fields.number(constituency, constituency.attribute("NUMERO_CIRCONSCRIPTION")),
                        fields.clean(constituency.childText("REGION"))));
            }
        }
    }

    private static void readIndexing(XmlElement root, Question.Builder q) {
        XmlElement indexing = root.child("INDEXATION_AN");
        if (indexing == null) {
            return;
        }
        List<String> analyses = new ArrayList<>();
        for (XmlElement block : indexing.children("ANALYSE")) {
            for (XmlElement ana : block.children("ANA")) {
                analyses.add(Texts.fromHtml(ana.text()));
            }
            if (block.children("ANA").isEmpty() && block.text() != null) {
                analyses.add(Texts.fromHtml(block.text()));
            }
        }
        String rubrique = indexing.attribute("RUBRIQUE");
        if (rubrique == null) {
            rubrique = indexing.childText("RUBRIQUE");
        }
        q.indexing(new Indexing(
                Texts.fromHtml(rubrique), Texts.fromHtml(indexing.childText("TETE_ANALYSE")), analyses, null));
    }

    private static void readMinistries(Fields fields, XmlElement root, Question.Builder q) {
        q.questioned(ministry(fields, root.child("MINI"), "ID_MINI"));
        XmlElement history = root.child("MINA");
        if (history == null) {
            return;
        }
        List<XmlElement> steps = new ArrayList<>(history.children("ORDRE"));
        steps.sort(Comparator.comparingInt(step -> {
            Integer order = fields.number(step, step.attribute("NUMERO"));
            return order == null ? Integer.MAX_VALUE : order;
        }));
        if (steps.isEmpty()) {
            steps.add(history);
        }
        for (XmlElement step : steps) {
            MinistryRef ministry = ministry(fields, step, "ID_MINA");
            if (ministry != null) {
                JoPublication jo = fields.publication(step, "DATE_JO", "PAGE_JO");
                q.allocation(new Allocation(ministry, jo == null ? null : jo.date(), jo));
            }
        }
    }

    private static MinistryRef ministry(Fields fields, XmlElement element, String idName) {
        if (element == null) {
            return null;
        }
        String name = fields.clean(element.childText("ABREGE"));
        String fullName = fields.clean(element.childText("DEVELOPPE"));
        if (name == null) {
            name = fullName;
        }
        return name == null ? null : new MinistryRef(name, fullName, uid(ORGAN, element.childText(idName)));
    }

    private static void erratum(Fields fields, XmlElement block, ErratumTarget target, Question.Builder q) {
        JoPublication jo = fields.publication(block, "DATE_JO", "PAGE_JO");
        if (jo != null) {
            String text = block.childText("TEXTE_ERRATUM");
            q.erratum(new Erratum(target, jo, text == null ? null : Texts.fromHtml(text)));
        }
    }

    private static Closure closure(Fields fields, XmlElement block) {
        if (block == null) {
            return null;
        }
        String code = block.childText("ABREGE");
        String label = fields.clean(block.childText("LIBELLE"));
        Status status = Status.ofClosure(code);
        if (status == null || status == Status.WITHDRAWN_OTHER) {
            Status byLabel = Status.ofClosure(label);
            if (byLabel != null && (status == null || byLabel != Status.WITHDRAWN_OTHER)) {
                status = byLabel;
            }
        }
        if (status == null) {
            return null;
        }
        JoPublication jo = fields.publication(block, "DATE_JO", "PAGE_JO");
        LocalDate date = jo != null ? jo.date() : fields.date(block, "DATE_CLOTURE");
        return new Closure(status, code, label, date, jo);
    }

    private static void answer(
            Fields fields, XmlElement block, Closure closure, Question.Builder q, Problems problems) {
        String text = Texts.fromHtml(block.childText("TEXTE_REPONSE"));
        LocalDate date = fields.date(block, "DATE_JO_REPONSE");
        if (date == null) {
            if (!text.isEmpty()) {
                problems.report(new SourceFormatException(
                        fields.file,
                        block.place(),
                        "answer text without a publication date (DATE_JO_REPONSE); the answer is left out"));
            }
            return;
        }
        Integer page = fields.number(block, block.childText("PAGE_JO_REPONSE"));
        JoType type = JoType.parse(block.childText("TYPE_JO")).orElse(null);
        Integer number = fields.number(block, block.childText("NUMERO_JO"));
        JoPublication closed = closure == null ? null : closure.jo();
        if (closure != null
                && closure.status() == Status.ANSWERED
                && closed != null
                && closed.date().equals(date)
                && (page == null || closed.page() == null || page.equals(closed.page()))) {
            type = type == null ? closed.type() : type;
            number = number == null ? closed.number() : number;
            page = page == null ? closed.page() : page;
        }
        q.answer(new Answer(text, new JoPublication(date, page, type, number, null)));
    }

    /** A block that lists its entries as ORDRE children, or is itself the only entry. */
    private static List<XmlElement> entries(XmlElement block) {
        List<XmlElement> entries = block.children("ORDRE");
        return entries.isEmpty() ? List.of(block) : entries;
    }

    private static String uid(String prefix, String id) {
        if (id == null) {
            return null;
        }
        return id.startsWith(prefix) ? id : prefix + id;
    }

    /** Field conversions that name the file and element when a value is malformed. */
    private static final class Fields {
        private final String file;

        Fields(String file) {
            this.file = file;
        }

        /** A JO publication from a block's date, page, TYPE_JO and NUMERO_JO; null without a date. */
        JoPublication publication(XmlElement block, String dateName, String pageName) {
            LocalDate date = date(block, dateName);
            if (date == null) {
                return null;
            }
            return new JoPublication(
                    date,
                    number(block, block.childText(pageName)),
                    JoType.parse(block.childText("TYPE_JO")).orElse(null),
                    number(block, block.childText("NUMERO_JO")),
                    null);
        }

        LocalDate date(XmlElement block, String name) {
            XmlElement element = block.child(name);
            if (element == null || element.text() == null) {
                return null;
            }
            try {
                return FrenchDates.expect(element.text());
            } catch (DateTimeException e) {
                throw new SourceFormatException(file, element.place(), name + ": " + e.getMessage(), e);
            }
        }

        /** A positive number, null when blank or zero. */
        Integer number(XmlElement element, String text) {
            if (text == null) {
                return null;
            }
            if (!text.matches("\\d{1,9}")) {
                throw new SourceFormatException(file, element.place(), "not a number: '" + text + "'");
            }
            int n = Integer.parseInt(text);
            return n > 0 ? n : null;
        }

        String clean(String text) {
            if (text == null) {
                return null;
            }
            String t = Texts.clean(Texts.unescape(text)).replace('\n', ' ');
            return t.isBlank() ? null : t;
        }
    }
}
