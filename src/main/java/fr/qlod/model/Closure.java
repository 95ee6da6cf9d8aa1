package fr.qlod.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a question was closed, when it was: answer published or withdrawal.
 *
 * @param status the classified outcome (never {@link Status#PENDING})
 * @param code   the source's code (REP_PUB, AU, FL…), or null
 * @param reason the source's label ("Retrait à l'initiative de l'auteur", "fin de mandat"), or null
 * @param date   the closure date, or null when the source leaves it empty (as some withdrawn FICHE pages do)
 * @param jo     the JO publication of the closure, or null
 */
public record Closure(Status status, String code, String reason, LocalDate date, JoPublication jo) {
    public Closure {
        Objects.requireNonNull(status, "status");
        if (status == Status.PENDING) {
            throw new IllegalArgumentException("a closure cannot be pending");
        }
        code = Checks.blankToNull(code);
        reason = Checks.blankToNull(reason);
    }
}
