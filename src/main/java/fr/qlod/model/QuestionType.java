package fr.qlod.model;

import java.util.Optional;

/** The three kinds of parliamentary question. */
public enum QuestionType {
    /** Question écrite: written question, answered in the JO. */
    QE("Question écrite", "Written question"),
    /** Question orale sans débat: oral question without debate. */
    QOSD("Question orale sans débat", "Oral question without debate"),
    /** Question au gouvernement: question to the government, asked in session. */
    QG("Question au gouvernement", "Question to the government");

    private final String labelFr;
    private final String labelEn;

    QuestionType(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * Reads a type from its code ({@code QE}, {@code QOSD}, {@code QG}), its French label
     * in any case and with or without accents, or an open-data {@code xsi:type}.
     */
    public static Optional<QuestionType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Fold.key(text.strip());
        switch (t) {
            case "qe":
            case "questionecrite_type":
                return Optional.of(QE);
            case "qosd":
            case "qo":
            case "questionorale_type":
                return Optional.of(QOSD);
            case "qg":
            case "questiongouvernement_type":
                return Optional.of(QG);
            default:
                break;
        }
        if (t.startsWith("question ecrite")) {
            return Optional.of(QE);
        }
        if (t.startsWith("question orale")) {
            return Optional.of(QOSD);
        }
        if (t.startsWith("question au gouvernement")) {
            return Optional.of(QG);
        }
        return Optional.empty();
    }
}
