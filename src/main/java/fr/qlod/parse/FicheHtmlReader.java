package fr.qlod.parse;

import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Civility;
import fr.qlod.model.Closure;
import fr.qlod.model.Constituency;
import fr.qlod.model.Entity;
import fr.qlod.model.Erratum;
import fr.qlod.model.ErratumTarget;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import fr.qlod.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the FICHE question pages of legislatures 7 to 13
 * ({@code questions.assemblee-nationale.fr/q9/9-67760QE.htm}): latin-1 pages without a charset
 * whose data sit in upper-case pseudo-tags ({@code <NUM>}, {@code <AUT>}, {@code <DPQ>}…).
 *
 * <p>Choices worth knowing:
 * <ul>
 * <li>The pseudo-tags are found in the decoded source text, not in a DOM (see {@link FicheTags}).</li>
 * <li>In question and answer texts a single {@code <BR>} separates paragraphs (the pages have no
 *     {@code <P>}); each becomes a paragraph break.</li>
 * <li>{@code COMPREP} (complément de réponse) carries no date of its own: it is appended to the
 *     answer text as further paragraphs rather than made a second answer with a borrowed date.</li>
 * <li>{@code CODRET} gives the closure: {@code REP_PUB} closes on the answer's publication, a
 *     withdrawal code on {@code DRET} (often empty) with {@code CRET} as the reason.</li>
 * <li>{@code MINA} becomes the single allocation, dated by {@code DCA} (date de changement
 *     d'attribution) when the page gives one, undated otherwise.</li>
 * <li>{@code DSIGN} and {@code DRAPS} may hold several dates: each is one signalement or renewal.</li>
 * </ul>
 */
public final class FicheHtmlReader implements QuestionReader {
    private static final Pattern TITLE = Pattern.compile("<TITLE>\\s*FICHE QUESTION", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_TAG = Pattern.compile("<NUM>\\s*\\d+\\s*</NUM>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEGISLATURE_TAG = Pattern.compile("<(?:LEG|NLEG)>\\s*\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+");
    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    /** The pseudo-tags whose content matters; an unclosed one means the page was cut short. */
    private static final List<String> TAGS = List.of(
            "LEG", "NUM", "CIV", "AUT", "GROUPE", "DEPT", "NAT", "RET", "DRET", "CRET", "MINI", "MINA", "DPQ", "PGQ",
            "DPR", "PGREP", "DERQ", "PGERQ", "DERR", "PGERREP", "DSIGN", "DRAPS", "DCA", "RUB", "TANA", "ANA", "QUEST",
            "REP", "COMPREP", "GRP", "NLEG", "CODRET", "REG");

    @Override
    public SourceFormat format() {
        return SourceFormat.HTML_FICHE;
    }

    @Override
    public boolean accepts(byte[] head, String headText) {
        if (TITLE.matcher(headText).find()) {
            return true;
        }
        return NUMBER_TAG.matcher(headText).find()
                && LEGISLATURE_TAG.matcher(headText).find();
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        String file = input.name();
        String text = Decoding.decode(input.bytes(), null);
        FicheTags tags = new FicheTags(file, text);
        tags.expectClosed(TAGS);
        HtmlPages.requireEnd(file, text);
        Question.Builder q =
                Question.builder().id(id(file, tags)).origin(new Origin(SourceFormat.HTML_FICHE, file, null));
        readAuthor(tags, q);
        readMinistries(tags, q);
        q.indexing(new Indexing(tags.line("RUB"), tags.line("TANA"), analyses(tags), null));
        JoPublication published = publication(tags, "DPQ", "PGQ");
        q.published(published);
        q.text(paragraphs(tags.raw("QUEST")));
        JoPublication answered = publication(tags, "DPR", "PGREP");
        readAnswer(file, tags, answered, q, problems);
        readClosure(tags, answered, q);
        erratum(tags, ErratumTarget.QUESTION, "DERQ", "PGERQ", q);
        erratum(tags, ErratumTarget.ANSWER, "DERR", "PGERREP", q);
        for (LocalDate date : tags.dates("DSIGN")) {
            q.signalement(JoPublication.of(date, null));
        }
        for (LocalDate date : tags.dates("DRAPS")) {
            q.renewal(JoPublication.of(date, null));
        }
        sink.accept(q.build());
    }

    private static QuestionId id(String file, FicheTags tags) {
        String num = tags.line("NUM");
        if (num == null || !num.matches("\\d+")) {
            throw new SourceFormatException(
                    file,
                    place(tags, "NUM"),
                    num == null ? "no question number (<NUM>)" : "question number is not a number: '" + num + "'");
        }
        Integer legislature = firstNumber(tags.line("LEG"));
        if (legislature == null) {
            legislature = firstNumber(tags.line("NLEG"));
        }
        if (legislature == null) {
            throw new SourceFormatException(file, place(tags, "LEG"), "no legislature (<LEG> or <NLEG>)");
        }
        String nat = tags.line("NAT");
        QuestionType type = QuestionType.parse(nat)
                .orElseThrow(() -> new SourceFormatException(
                        file,
                        place(tags, "NAT"),
                        nat == null ? "no question type (<NAT>)" : "unknown question type: '" + nat + "'"));
        try {
            return new QuestionId(legislature, type, Integer.parseInt(num));
        } catch (NumberFormatException e) {
            throw new SourceFormatException(file, place(tags, "NUM"), "question number out of range: " + num, e);
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(file, place(tags, "NUM"), e.getMessage(), e);
        }
    }

    private static String place(FicheTags tags, String tag) {
        int offset = tags.offset(tag);
        return offset < 0 ? "<" + tag + ">" : tags.place(offset);
    }

    private static void readAuthor(FicheTags tags, Question.Builder q) {
        String name = tags.line("AUT");
        if (name != null) {
            q.author(Names.familyFirst(Civility.parse(tags.line("CIV")), name));
        }
        String group = tags.line("GROUPE");
        String abbreviation = tags.line("GRP");
        if (group != null || abbreviation != null) {
            q.group(new GroupRef(group, abbreviation, null));
        }
        String department = tags.line("DEPT");
        if (department != null) {
            q.constituency(new Constituency(null, department, null, tags.line("REG")));
        }
    }

    private static void readMinistries(FicheTags tags, Question.Builder q) {
        String questioned = tags.line("MINI");
        if (questioned != null) {
            q.questioned(MinistryRef.named(questioned));
        }
        String attributaire = tags.line("MINA");
        if (attributaire != null) {
            q.allocation(new Allocation(MinistryRef.named(attributaire), tags.date("DCA"), null));
        }
    }

    private static List<String> analyses(FicheTags tags) {
        return tags.rawAll("ANA").stream()
                .map(Texts::fromHtml)
                .map(s -> s.replaceAll("\\s+", " "))
                .toList();
    }

    private static void readAnswer(
            String file, FicheTags tags, JoPublication publication, Question.Builder q, Problems problems) {
        String answer = paragraphs(tags.raw("REP"));
        String complement = paragraphs(tags.raw("COMPREP"));
        if (!complement.isEmpty()) {
            answer = answer.isEmpty() ? complement : answer + "\n\n" + complement;
        }
        if (publication != null) {
            q.answer(new Answer(answer, publication));
        } else if (!answer.isEmpty()) {
            problems.report(new SourceFormatException(
                    file,
                    place(tags, "REP"),
                    "answer text without a publication date (<DPR>); the answer is left out"));
        }
    }

    private static void readClosure(FicheTags tags, JoPublication answered, Question.Builder q) {
        String code = tags.line("CODRET");
        String reason = tags.line("CRET");
        Status status = Status.ofClosure(code);
        if (status == null || status == Status.WITHDRAWN_OTHER) {
            Status byReason = Status.ofClosure(reason);
            if (byReason != null && (status == null || byReason != Status.WITHDRAWN_OTHER)) {
                status = byReason;
            }
        }
        if (status == null && tags.line("RET") != null) {
            status = Status.WITHDRAWN_OTHER;
        }
        if (status == null) {
            return;
        }
        if (status == Status.ANSWERED) {
            q.closure(new Closure(status, code, reason, answered == null ? null : answered.date(), answered));
        } else {
            q.closure(new Closure(status, code, reason, tags.date("DRET"), null));
        }
    }

    private static void erratum(
            FicheTags tags, ErratumTarget target, String dateTag, String pageTag, Question.Builder q) {
        JoPublication jo = publication(tags, dateTag, pageTag);
        if (jo != null) {
            q.erratum(new Erratum(target, jo, null));
        }
    }

    private static JoPublication publication(FicheTags tags, String dateTag, String pageTag) {
        LocalDate date = tags.date(dateTag);
        return date == null ? null : JoPublication.of(date, tags.page(pageTag));
    }

    /** Question and answer texts: a {@code <BR>} separates paragraphs. */
    private static String paragraphs(String raw) {
        if (raw == null) {
            return "";
        }
        return Texts.fromHtml(BR.matcher(raw).replaceAll("<br><br>"));
    }

    private static Integer firstNumber(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FIRST_NUMBER.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        return m.group().length() > 3 ? -1 : Integer.parseInt(m.group());
    }
}
