package fr.qlod.parse;

import com.fasterxml.jackson.databind.JsonNode;
import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Closure;
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
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one parsed open-data question record into a {@link Question}. Both open-data readers hand it the
 * record as a small tree in the open data's JSON convention (attributes {@code @x}, text
 * {@code #text}, one child an object and several a list, empty blocks null, numbers as
 * strings), so the mapping exists once whatever the serialisation.
 *
 * <p>Choices the source forces:
 * <ul>
 * <li>the open data names the author by ids only: the {@link Author}'s family name is the actor
 *     id ({@code PA720614}), its given name null; the RDF layer names the person from AMO data;</li>
 * <li>a QG has no question text ({@code textesQuestion} is null): its {@code published} is the
 *     sitting's JO publication, that of the first answer entry, else of the first attribution;</li>
 * <li>{@code referenceNOR} and {@code regime} have no place in the model and are dropped.</li>
 * </ul>
 */
final class OpenDataRecords {
    private static final Map<String, QuestionType> XSI_TYPES = Map.of(
            "QuestionEcrite_Type", QuestionType.QE,
            "QuestionGouvernement_Type", QuestionType.QG,
            "QuestionOrale_Type", QuestionType.QOSD);
    private static final String XSI_TYPE = "@xsi:type";
    private static final String TEXT = "#text";
    private static final String INFO_JO = "infoJO";
    private static final String DATE_JO = "dateJO";
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T+\\-Z ].*)?");
    private static final Pattern LEADING_DIGITS = Pattern.compile("\\s*(\\d{1,9}).*", Pattern.DOTALL);

    private final SourceFormat format;
    private final String file;
    private final String place;

    private OpenDataRecords(SourceFormat format, String file, String place) {
        this.format = format;
        this.file = file;
        this.place = place;
    }

    /**
     * Maps a record and passes the question to {@code sink}; a record the model cannot take is
     * reported to {@code problems} as a fault of that record only.
     */
    static void emit(
            JsonNode record,
            SourceFormat format,
            String file,
            String place,
            Consumer<? super Question> sink,
            Problems problems) {
        Question question;
        try {
            question = map(record, format, file, place);
        } catch (SourceFormatException e) {
            problems.report(e);
            return;
        }
        sink.accept(question);
    }

    /** Maps a record or throws a {@link SourceFormatException} naming the file, the record and the fault. */
    static Question map(JsonNode record, SourceFormat format, String file, String place) {
        OpenDataRecords mapper = new OpenDataRecords(format, file, place);
        try {
            return mapper.question(record);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw mapper.fault(e.getMessage());
        }
    }

    private Question question(JsonNode q) {
        if (q == null || !q.isObject()) {
            throw fault("not a question record");
        }
        Question.Builder b = Question.builder()
                .id(id(q))
                .origin(new Origin(format, file, null))
                .indexing(indexing(q.get("indexationAN")));
        JsonNode auteur = q.get("auteur");
        String actor = clean(text(path(auteur, "identite", "acteurRef")));
        if (actor != null) {
            b.author(Author.identifiedOnly(actor, clean(text(path(auteur, "identite", "mandatRef")))));
        }
        b.group(group(path(auteur, "groupe")));
        b.questioned(ministry(q.get("minInt")));
        JoPublication firstAllocation = null;
        for (JsonNode attrib : items(path(q, "minAttribs", "minAttrib"))) {
            MinistryRef ministry = ministry(attrib.get("denomination"));
            JoPublication jo = jo(attrib.get(INFO_JO));
            if (ministry == null) {
                throw fault("minAttrib without a ministry (denomination/abrege)");
            }
            firstAllocation = firstAllocation == null ? jo : firstAllocation;
            b.allocation(new Allocation(ministry, jo == null ? null : jo.date(), jo));
        }
        List<JsonNode> questionTexts = items(path(q, "textesQuestion", "texteQuestion"));
        for (int i = 0; i < questionTexts.size(); i++) {
            JsonNode entry = questionTexts.get(i);
            JoPublication jo = jo(entry.get(INFO_JO));
            String body = html(text(entry.get("texte")));
            if (i == 0) {
                b.published(jo).text(body);
            } else {
                b.erratum(new Erratum(ErratumTarget.QUESTION, require(jo, "texteQuestion " + (i + 1)), body));
            }
            erratum(entry, jo, ErratumTarget.QUESTION, b);
        }
        List<JsonNode> answerTexts = items(path(q, "textesReponse", "texteReponse"));
        JoPublication firstAnswer = null;
        for (int i = 0; i < answerTexts.size(); i++) {
            JsonNode entry = answerTexts.get(i);
            JoPublication jo = require(jo(entry.get(INFO_JO)), "texteReponse " + (i + 1));
            firstAnswer = firstAnswer == null ? jo : firstAnswer;
            b.answer(new Answer(html(text(entry.get("texte"))), jo));
            erratum(entry, jo, ErratumTarget.ANSWER, b);
        }
        if (questionTexts.isEmpty()) {
            b.published(firstAnswer != null ? firstAnswer : firstAllocation);
        }
        b.closure(closure(q.get("cloture")));
        jos(q.get("signalement")).forEach(b::signalement);
        jos(q.get("renouvellements")).forEach(b::renewal);
        return b.build();
    }

    private QuestionId id(JsonNode q) {
        String uid = clean(text(q.get("uid")));
        if (uid == null) {
            throw fault("missing uid");
        }
        JsonNode identifiant = q.get("identifiant");
        int number = number(text(path(identifiant, "numero")), "number (identifiant/numero)");
        int legislature = number(text(path(identifiant, "legislature")), "legislature (identifiant/legislature)");
        QuestionId id = new QuestionId(legislature, type(q), number);
        if (!id.uid().equals(uid)) {
            throw fault("uid " + uid + " disagrees with identifiant and type, which give " + id.uid());
        }
        return id;
    }

    private QuestionType type(JsonNode q) {
        String xsi = clean(text(q.get(XSI_TYPE)));
        QuestionType fromXsi = null;
        if (xsi != null) {
            fromXsi = XSI_TYPES.get(xsi.substring(xsi.indexOf(':') + 1));
            if (fromXsi == null) {
                throw fault("unknown xsi:type '" + xsi + "'");
            }
        }
        String code = clean(text(q.get("type")));
        QuestionType fromCode = null;
        if (code != null) {
            fromCode = QuestionType.parse(code).orElseThrow(() -> fault("unknown question type '" + code + "'"));
        }
        if (fromXsi == null && fromCode == null) {
            throw fault("missing type (type or @xsi:type)");
        }
        if (fromXsi != null && fromCode != null && fromXsi != fromCode) {
            throw fault("type " + code + " disagrees with xsi:type " + xsi);
        }
        return fromCode != null ? fromCode : fromXsi;
    }

    private int number(String value, String what) {
        String v = clean(value);
        if (v == null) {
            throw fault("missing " + what);
        }
        if (!v.matches("\\d{1,9}")) {
            throw fault(what + " is not a number: '" + v + "'");
        }
        return Integer.parseInt(v);
    }

    private Indexing indexing(JsonNode index) {
        if (index == null || !index.isObject()) {
            return Indexing.EMPTY;
        }
        List<String> analyses = new ArrayList<>();
        for (JsonNode a : items(path(index, "analyses", "analyse"))) {
            addClean(analyses, text(a));
        }
        for (JsonNode a : items(path(index, "ANALYSE", "ANA"))) {
            addClean(analyses, text(a));
        }
        return new Indexing(clean(text(index.get("rubrique"))), clean(text(index.get("teteAnalyse"))), analyses, null);
    }

    private static void addClean(List<String> out, String value) {
        String v = clean(value);
        if (v != null) {
            out.add(v);
        }
    }

    private static GroupRef group(JsonNode g) {
        String abbreviation = clean(text(path(g, "abrege")));
        String name = clean(text(path(g, "developpe")));
        if (abbreviation == null && name == null) {
            return null;
        }
        return new GroupRef(name, abbreviation, clean(text(path(g, "organeRef"))));
    }

    private static MinistryRef ministry(JsonNode m) {
        String abbreviation = clean(text(path(m, "abrege")));
        String developed = clean(text(path(m, "developpe")));
        if (abbreviation == null && developed == null) {
            return null;
        }
        return new MinistryRef(
                abbreviation != null ? abbreviation : developed, developed, clean(text(path(m, "organeRef"))));
    }

    private Closure closure(JsonNode c) {
        if (c == null || !c.isObject()) {
            return null;
        }
        String code = clean(text(c.get("codeCloture")));
        String label = clean(text(c.get("libelleCloture")));
        Status status = Status.ofClosure(code);
        if (status == null || status == Status.WITHDRAWN_OTHER) {
            Status byLabel = Status.ofClosure(label);
            status = byLabel != null ? byLabel : status;
        }
        if (status == null) {
            return null;
        }
        return new Closure(status, code, label, date(text(c.get("dateCloture")), "dateCloture"), jo(c.get(INFO_JO)));
    }

    /** A question or answer entry's own {@code erratum}: a text, or a block with its own infoJO. */
    private void erratum(JsonNode entry, JoPublication entryJo, ErratumTarget target, Question.Builder b) {
        JsonNode e = entry.get("erratum");
        if (e == null || e.isNull()) {
            return;
        }
        JoPublication jo = e.isObject() && e.has(INFO_JO) ? jo(e.get(INFO_JO)) : entryJo;
        String body = e.isObject() && e.has("texte") ? html(text(e.get("texte"))) : html(text(e));
        if (jo == null && body.isEmpty()) {
            return;
        }
        b.erratum(new Erratum(target, require(jo, "erratum"), body));
    }

    /** Every JO publication under a block: {@code signalement{infoJO}}, {@code renouvellements/renouvellement[]{infoJO}}, or bare infoJO. */
    private List<JoPublication> jos(JsonNode node) {
        List<JoPublication> out = new ArrayList<>();
        collectJos(node, out);
        return out;
    }

    private void collectJos(JsonNode node, List<JoPublication> out) {
        if (node == null || node.isNull() || node.isValueNode()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collectJos(n, out));
            return;
        }
        if (node.has(DATE_JO)) {
            addIfPresent(out, jo(node));
            return;
        }
        if (node.has(INFO_JO)) {
            items(node.get(INFO_JO)).forEach(n -> addIfPresent(out, jo(n)));
            return;
        }
        node.fields().forEachRemaining(field -> {
            if (!field.getKey().startsWith("@")) {
                collectJos(field.getValue(), out);
            }
        });
    }

    private static void addIfPresent(List<JoPublication> out, JoPublication jo) {
        if (jo != null) {
            out.add(jo);
        }
    }

    /** {@code infoJO{typeJO dateJO pageJO numJO urlLegifrance}}; null when it gives no date. */
    private JoPublication jo(JsonNode info) {
        if (info == null || !info.isObject()) {
            return null;
        }
        LocalDate date = date(text(info.get(DATE_JO)), "infoJO/dateJO");
        if (date == null) {
            return null;
        }
        return new JoPublication(
                date,
                positive(text(info.get("pageJO"))),
                JoType.parse(clean(text(info.get("typeJO")))).orElse(null),
                positive(text(info.get("numJO"))),
                clean(text(info.get("urlLegifrance"))));
    }

    private JoPublication require(JoPublication jo, String what) {
        if (jo == null) {
            throw fault(what + " has no JO publication date (infoJO/dateJO)");
        }
        return jo;
    }

    private LocalDate date(String value, String what) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(v);
        try {
            if (m.matches()) {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            return FrenchDates.expect(v);
        } catch (DateTimeException e) {
            throw fault(what + " is not a date: '" + v + "'");
        }
    }

    /** A page or issue number; "0" or text without digits means none. */
    private static Integer positive(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LEADING_DIGITS.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return n > 0 ? n : null;
    }

    /** The text of a scalar, or of an element with attributes ({@code #text}); null for blocks and nulls. */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        if (node.isObject()) {
            return text(node.get(TEXT));
        }
        return null;
    }

    /** A child block by field names; null when any step is absent or null. */
    static JsonNode path(JsonNode node, String... names) {
        JsonNode n = node;
        for (String name : names) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(name);
        }
        return n == null || n.isNull() ? null : n;
    }

    /** The entries of a block that holds one (an object) or several (a list). */
    static List<JsonNode> items(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> {
                if (!n.isNull()) {
                    out.add(n);
                }
            });
        } else {
            out.add(node);
        }
        return out;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String t = Texts.clean(Texts.unescape(Decoding.repairMojibake(value)));
        return t.isEmpty() ? null : t;
    }

    private static String html(String value) {
        return value == null ? "" : Texts.fromHtml(Decoding.repairMojibake(value));
    }

    private SourceFormatException fault(String problem) {
        return new SourceFormatException(file, place, problem);
    }
}
