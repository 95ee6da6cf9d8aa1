package fr.qlod.model;

/** Where a question stands: answered, pending, or closed without an answer and why. */
public enum Status {
    ANSWERED("Réponse publiée", "Answered"),
    PENDING("En attente de réponse", "Awaiting an answer"),
    WITHDRAWN_BY_AUTHOR("Retirée par l'auteur", "Withdrawn by its author"),
    WITHDRAWN_END_OF_MANDATE("Retirée pour fin de mandat", "Withdrawn at the end of the author's mandate"),
    LAPSED_END_OF_LEGISLATURE("Caduque en fin de législature", "Lapsed at the end of the legislature"),
    WITHDRAWN_AUTHOR_IN_GOVERNMENT(
            "Retirée, auteur nommé au Gouvernement", "Withdrawn as its author joined the government"),
    WITHDRAWN_AUTHOR_DECEASED("Retirée pour décès de l'auteur", "Withdrawn after the author's death"),
    WITHDRAWN_OTHER("Retirée", "Withdrawn");

    private final String labelFr;
    private final String labelEn;

    Status(String labelFr, String labelEn) {
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public String labelFr() {
        return labelFr;
    }

    public String labelEn() {
        return labelEn;
    }

    public boolean isWithdrawn() {
        return this != ANSWERED && this != PENDING;
    }

    /**
     * Classifies a closure code or label as the sources print them: {@code REP_PUB},
     * FICHE {@code CODRET} codes (AU, FL, FM, …), open-data labels
     * ("Retrait à l'initiative de l'auteur", "Fin de mandat", "fin de législature", …).
     * Returns {@link #WITHDRAWN_OTHER} for a closure it does not recognise, null for blank input.
     */
    public static Status ofClosure(String codeOrLabel) {
        if (codeOrLabel == null || codeOrLabel.isBlank()) {
            return null;
        }
        String t = Fold.key(codeOrLabel.strip());
        switch (t) {
            case "rep_pub":
            case "reponse publiee":
                return ANSWERED;
            case "au":
            case "ret_aut":
                return WITHDRAWN_BY_AUTHOR;
            case "fl":
            case "fin_leg":
                return LAPSED_END_OF_LEGISLATURE;
            case "fm":
            case "fin_man":
                return WITHDRAWN_END_OF_MANDATE;
            case "gv":
            case "gouv":
                return WITHDRAWN_AUTHOR_IN_GOVERNMENT;
            case "dc":
            case "dec":
                return WITHDRAWN_AUTHOR_DECEASED;
            default:
                break;
        }
        if (t.contains("reponse")) {
            return ANSWERED;
        }
        if (t.contains("auteur") && !t.contains("dece")) {
            return WITHDRAWN_BY_AUTHOR;
        }
        if (t.contains("legislature")) {
            return LAPSED_END_OF_LEGISLATURE;
        }
        if (t.contains("mandat")) {
            return WITHDRAWN_END_OF_MANDATE;
        }
        if (t.contains("gouvernement")) {
            return WITHDRAWN_AUTHOR_IN_GOVERNMENT;
        }
        if (t.contains("deces") || t.contains("decede")) {
            return WITHDRAWN_AUTHOR_DECEASED;
        }
        return WITHDRAWN_OTHER;
    }
}
