package fr.qlod.parse;

import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Closure;
import fr.qlod.model.Erratum;
import fr.qlod.model.ErratumTarget;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import fr.qlod.model.Status;
import fr.qlod.parse.TableLines.AuthorLine;
import fr.qlod.parse.TableLines.DateEntry;
import fr.qlod.parse.TableLines.DateKind;
import fr.qlod.parse.TableLines.Labelled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader of the table family has found so far in one document; {@link #build} checks the
 * required fields and turns the parts into a {@link Question}. The three readers differ only in
 * where they find each part.
 */
final class TableDraft {
    private final SourceFormat format;
    private final String file;

    Integer legislature;
    Integer number;
    QuestionType type;
    AuthorLine author;
    String sourceUrl;
    String questionText;
    private String questioned;
    private String allocated;
    private String rubrique;
    private String teteAnalyse;
    private String title;
    private final List<String> analyses = new ArrayList<>();
    private final List<DateEntry> dates = new ArrayList<>();
    private final List<String> answerTexts = new ArrayList<>();

    TableDraft(SourceFormat format, String file) {
        this.format = format;
        this.file = file;
    }

    /** Takes a "label &gt; value" cell; the first value of each label wins, blank values are ignored. */
    void label(Labelled cell) {
        String v = cell.value();
        if (v == null || v.isBlank()) {
            return;
        }
        switch (cell.label()) {
            case QUESTIONED:
                questioned = first(questioned, v);
                break;
            case ALLOCATED:
                allocated = first(allocated, v);
                break;
            case RUBRIQUE:
                rubrique = first(rubrique, v);
                break;
            case TETE_ANALYSE:
                teteAnalyse = first(teteAnalyse, v);
                break;
            case ANALYSE:
                analyses.add(v);
                break;
            case TITLE:
                title = first(title, v);
                break;
            default:
                throw new IllegalStateException("unknown label " + cell.label());
        }
    }

    private static String first(String current, String value) {
        return current != null ? current : value;
    }

    void dates(List<DateEntry> entries) {
        dates.addAll(entries);
    }

    boolean hasDates() {
        return !dates.isEmpty();
    }

    void answerText(String text) {
        answerTexts.add(text == null ? "" : text);
    }

    /**
     * Builds the question, or throws when the legislature, the number or the type is missing.
     *
     * @param place where the header was looked for, for the error message ("line 5", a selector), or null
     */
    Question build(String place) {
        if (number == null) {
            throw new SourceFormatException(file, place, "no question number ('Question N° …') found");
        }
        if (legislature == null) {
            throw new SourceFormatException(file, place, "no legislature ('14ème législature') found");
        }
        if (type == null) {
            throw new SourceFormatException(
                    file, place, "no question type ('Question écrite', 'Question au gouvernement'…) found");
        }
        Question.Builder q = Question.builder()
                .id(new QuestionId(legislature, type, number))
                .origin(new Origin(format, file, sourceUrl))
                .indexing(new Indexing(rubrique, teteAnalyse, analyses, title))
                .text(questionText);
        if (author != null) {
            q.author(author.author()).group(author.group()).constituency(author.constituency());
        }
        if (questioned != null) {
            q.questioned(MinistryRef.named(questioned));
        }
        if (allocated != null) {
            q.allocation(new Allocation(MinistryRef.named(allocated), lastDate(DateKind.ALLOCATION_CHANGED), null));
        }
        int answers = 0;
        boolean published = false;
        for (DateEntry e : dates) {
            if (e.kind() == DateKind.WITHDRAWN) {
                q.closure(closure(e));
                continue;
            }
            if (e.date() == null) {
                continue;
            }
            JoPublication jo = JoPublication.of(e.date(), e.page());
            switch (e.kind()) {
                case QUESTION_PUBLISHED:
                    if (!published) {
                        q.published(jo);
                        published = true;
                    }
                    break;
                case ANSWER_PUBLISHED:
                    q.answer(new Answer(answers < answerTexts.size() ? answerTexts.get(answers) : "", jo));
                    answers++;
                    break;
                case SIGNALEMENT:
                    q.signalement(jo);
                    break;
                case RENEWAL:
                    q.renewal(jo);
                    break;
                case QUESTION_ERRATUM:
                    q.erratum(new Erratum(ErratumTarget.QUESTION, jo, null));
                    break;
                case ANSWER_ERRATUM:
                    q.erratum(new Erratum(ErratumTarget.ANSWER, jo, null));
                    break;
                default:
                    break;
            }
        }
        return q.build();
    }

    private LocalDate lastDate(DateKind kind) {
        LocalDate last = null;
        for (DateEntry e : dates) {
            if (e.kind() == kind && e.date() != null) {
                last = e.date();
            }
        }
        return last;
    }

    private static Closure closure(DateEntry e) {
        Status status = Status.ofClosure(e.reason());
        return new Closure(status == null ? Status.WITHDRAWN_OTHER : status, null, e.reason(), e.date(), null);
    }
}
