package fr.qlod.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parliamentary question with everything its source gives. Absent parts are null or empty
 * lists; the identity, the origin and the indexing are always present.
 *
 * <pre>
 * Question q = Question.builder()
 *     .id(new QuestionId(14, QuestionType.QE, 59906))
 *     .origin(new Origin(SourceFormat.TEXT_TABLE, "seed.txt", null))
 *     .author(new Author(Civility.M, "Thierry", "Lazaro", null, null))
 *     .build();
 * </pre>
 *
 * @param id            legislature, type and number (the uid)
 * @param origin        where the record was read from
 * @param author        the deputy who asked, or null when the source does not name one
 * @param group         the group as printed, or null
 * @param constituency  the author's constituency, or null
 * @param questioned    the ministry questioned (ministère interrogé), or null
 * @param allocations   ministries attributaires, oldest first; the last is the current one
 * @param indexing      rubrique, tête d'analyse, analyses, title
 * @param published     the question's own JO publication, or null
 * @param text          the question text, paragraphs separated by a blank line ("" for QG)
 * @param answers       published answers, in order
 * @param closure       how the question was closed, or null while pending
 * @param signalements  JO publications signalling a late answer
 * @param renewals      JO publications renewing the question
 * @param errata        errata of the question or the answer
 */
public record Question(
        QuestionId id,
        Origin origin,
        Author author,
        GroupRef group,
        Constituency constituency,
        MinistryRef questioned,
        List<Allocation> allocations,
        Indexing indexing,
        JoPublication published,
        String text,
        List<Answer> answers,
        Closure closure,
        List<JoPublication> signalements,
        List<JoPublication> renewals,
        List<Erratum> errata)
        implements Entity {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        allocations = Checks.list(allocations);
        indexing = indexing == null ? Indexing.EMPTY : indexing;
        text = text == null ? "" : text.strip();
        answers = Checks.list(answers);
        signalements = Checks.list(signalements);
        renewals = Checks.list(renewals);
        errata = Checks.list(errata);
    }

    @Override
    public String key() {
        return id.uid();
    }

    /** The outcome: the closure's status, else answered when an answer exists, else pending. */
    public Status status() {
        if (closure != null) {
            return closure.status();
        }
        return answers.isEmpty() ? Status.PENDING : Status.ANSWERED;
    }

    /** The ministry currently in charge of the answer: the last allocation, else the one questioned. */
    public MinistryRef attributaire() {
        return allocations.isEmpty()
                ? questioned
                : allocations.get(allocations.size() - 1).ministry();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Question} field by field; readers fill in what their source gives. */
    public static final class Builder {
        private QuestionId id;
        private Origin origin;
        private Author author;
        private GroupRef group;
        private Constituency constituency;
        private MinistryRef questioned;
        private final List<Allocation> allocations = new ArrayList<>();
        private Indexing indexing;
        private JoPublication published;
        private String text;
        private final List<Answer> answers = new ArrayList<>();
        private Closure closure;
        private final List<JoPublication> signalements = new ArrayList<>();
        private final List<JoPublication> renewals = new ArrayList<>();
        private final List<Erratum> errata = new ArrayList<>();

        private Builder() {}

        public Builder id(QuestionId id) {
            this.id = id;
            return this;
        }

        public Builder origin(Origin origin) {
            this.origin = origin;
            return this;
        }

        public Builder author(Author author) {
            this.author = author;
            return this;
        }

        public Builder group(GroupRef group) {
            this.group = group;
            return this;
        }

        public Builder constituency(Constituency constituency) {
            this.constituency = constituency;
            return this;
        }

        public Builder questioned(MinistryRef questioned) {
            this.questioned = questioned;
            return this;
        }

        public Builder allocation(Allocation allocation) {
            allocations.add(allocation);
            return this;
        }

        public Builder indexing(Indexing indexing) {
            this.indexing = indexing;
            return this;
        }

        public Builder published(JoPublication published) {
            this.published = published;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder answer(Answer answer) {
            answers.add(answer);
            return this;
        }

        public Builder closure(Closure closure) {
            this.closure = closure;
            return this;
        }

        public Builder signalement(JoPublication jo) {
            signalements.add(jo);
            return this;
        }

        public Builder renewal(JoPublication jo) {
            renewals.add(jo);
            return this;
        }

        public Builder erratum(Erratum erratum) {
            errata.add(erratum);
            return this;
        }

        public Question build() {
            return new Question(
                    id,
                    origin,
                    author,
                    group,
                    constituency,
                    questioned,
                    allocations,
                    indexing,
                    published,
                    text,
                    answers,
                    closure,
                    signalements,
                    renewals,
                    errata);
        }
    }
}
