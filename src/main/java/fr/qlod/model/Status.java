package fr.qlod.model;

/**
 * Where a question stands: answered, pending, or closed without an answer and why. The labels of each status are
 * the ontology's ({@code qlod.ttl}, the one place they are written).
 */
public enum Status {
    ANSWERED,
    PENDING,
    WITHDRAWN_BY_AUTHOR,
    WITHDRAWN_END_OF_MANDATE,
    LAPSED_END_OF_LEGISLATURE,
    WITHDRAWN_AUTHOR_IN_GOVERNMENT,
    WITHDRAWN_AUTHOR_DECEASED,
    WITHDRAWN_OTHER;

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
