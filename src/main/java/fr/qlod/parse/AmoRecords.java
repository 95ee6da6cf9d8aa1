package fr.qlod.parse;

import fr.qlod.model.Civility;
import fr.qlod.model.Constituency;
import fr.qlod.model.Entity;
import fr.qlod.model.Mandate;
import fr.qlod.model.Organ;
import fr.qlod.model.OrganType;
import fr.qlod.model.Origin;
import fr.qlod.model.Person;
import fr.qlod.model.SourceFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns parsed AMO records ({@code acteur}, {@code mandat}, {@code organe}), as {@link AmoNode} trees,
 * into {@link Person}, {@link Mandate} and {@link Organ} records, for both the JSON and the XML reader. One
 * instance serves one document: it numbers the records it is given and reports a bad one to
 * {@link Problems} as "record N" before the reader goes on with the next.
 */
final class AmoRecords {
    static final String ACTEUR = "acteur";
    static final String MANDAT = "mandat";
    static final String ORGANE = "organe";
    static final String EXPORT = "export";
    /** The record elements, at the root of a per-entity file or two levels below {@code export}. */
    static final Set<String> RECORDS = Set.of(ACTEUR, MANDAT, ORGANE);

    /** ISO dates, sometimes printed with a time or a zone offset ("2012-06-20+02:00"). */
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T.*|Z|[+-]\\d{2}:\\d{2})?");

    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");

    private final String file;
    private final Origin origin;
    private final Consumer<? super Entity> sink;
    private final Problems problems;
    private int count;

    AmoRecords(SourceFormat format, String file, Consumer<? super Entity> sink, Problems problems) {
        this.file = file;
        this.origin = new Origin(format, file, null);
        this.sink = sink;
        this.problems = problems;
    }

    /** Maps one record and emits it, or reports why it cannot be read. */
    void accept(AmoNode record) {
        count++;
        String place = "record " + count;
        Entity entity;
        try {
            entity = map(record, place);
        } catch (SourceFormatException e) {
            problems.report(e);
            return;
        }
        sink.accept(entity);
    }

    /** How many records this mapper was given. */
    int count() {
        return count;
    }

    private Entity map(AmoNode record, String place) {
        try {
            switch (record.name()) {
                case ACTEUR:
                    return person(record, place);
                case MANDAT:
                    return mandate(record, place, null);
                case ORGANE:
                    return organ(record, place);
                default:
                    throw fail(place, "not an AMO record: " + record.name());
            }
        } catch (IllegalArgumentException e) {
            throw fail(place, record.name() + " " + idOf(record) + ": " + e.getMessage());
        }
    }

    private Person person(AmoNode acteur, String place) {
        String id = expect(acteur, place, "uid");
        String familyName = expect(acteur, place + " (" + id + ")", "etatCivil", "ident", "nom");
        Civility civility =
                Civility.parse(text(acteur, "etatCivil", "ident", "civ")).orElse(null);
        LocalDate birthDate = date(acteur, place, id, "etatCivil", "infoNaissance", "dateNais");
        List<Mandate> mandates = new ArrayList<>();
        AmoNode mandats = acteur.child("mandats");
        if (mandats != null) {
            int n = 0;
            for (AmoNode mandat : mandats.children(MANDAT)) {
                n++;
                String mandatePlace = place + ", mandat " + n;
                try {
                    mandates.add(mandate(mandat, mandatePlace, id));
                } catch (SourceFormatException e) {
                    problems.report(e);
                } catch (IllegalArgumentException e) {
                    problems.report(fail(mandatePlace, "mandat " + idOf(mandat) + ": " + e.getMessage()));
                }
            }
        }
        return new Person(
                id,
                origin,
                civility,
                text(acteur, "etatCivil", "ident", "prenom"),
                familyName,
                birthDate,
                text(acteur, "etatCivil", "infoNaissance", "villeNais"),
                mandates);
    }

    /**
     * A mandate; {@code holder} is the enclosing acteur's id for a nested mandate. A mandate
     * listing several {@code organes/organeRef} (some missions do) is mapped to the first.
     */
    private Mandate mandate(AmoNode mandat, String place, String holder) {
        String id = expect(mandat, place, "uid");
        String where = place + " (" + id + ")";
        String personId = text(mandat, "acteurRef");
        if (personId == null) {
            personId = holder;
        }
        if (personId == null) {
            throw fail(where, "mandat has no acteurRef");
        }
        AmoNode organes = mandat.child("organes");
        List<AmoNode> refs = organes == null ? List.of() : organes.children("organeRef");
        String organId = refs.stream()
                .map(r -> clean(r.text()))
                .filter(r -> r != null)
                .findFirst()
                .orElseThrow(() -> fail(where, "mandat has no organes/organeRef"));
        LocalDate start = date(mandat, place, id, "dateDebut");
        if (start == null) {
            throw fail(where, "mandat has no dateDebut");
        }
        return new Mandate(
                id,
                origin,
                personId,
                organId,
                OrganType.ofCode(text(mandat, "typeOrgane")),
                integer(mandat, where, "legislature"),
                start,
                date(mandat, place, id, "dateFin"),
                text(mandat, "infosQualite", "codeQualite"),
                constituency(mandat, where));
    }

    private Constituency constituency(AmoNode mandat, String where) {
        AmoNode lieu = mandat.at("election", "lieu");
        if (lieu == null) {
            return null;
        }
        String department = text(lieu, "departement");
        if (department == null) {
            return null;
        }
        return new Constituency(
                text(lieu, "numDepartement"), department, integer(lieu, where, "numCirco"), text(lieu, "region"));
    }

    private Organ organ(AmoNode organe, String place) {
        String id = expect(organe, place, "uid");
        String label = text(organe, "libelle");
        if (label == null) {
            label = text(organe, "libelleAbrege");
        }
        if (label == null) {
            throw fail(place + " (" + id + ")", "organe has no libelle");
        }
        String typeCode = text(organe, "codeType");
        return new Organ(
                id,
                origin,
                OrganType.ofCode(typeCode),
                typeCode,
                label,
                text(organe, "libelleAbrege"),
                text(organe, "libelleAbrev"),
                date(organe, place, id, "viMoDe", "dateDebut"),
                date(organe, place, id, "viMoDe", "dateFin"),
                text(organe, "organeParent"),
                integer(organe, place + " (" + id + ")", "legislature"));
    }

    private String expect(AmoNode node, String place, String... path) {
        String value = text(node, path);
        if (value == null) {
            throw fail(place, node.name() + " has no " + String.join("/", path));
        }
        return value;
    }

    private LocalDate date(AmoNode node, String place, String id, String... path) {
        String value = text(node, path);
        if (value == null) {
            return null;
        }
        Matcher iso = ISO_DATE.matcher(value);
        try {
            return iso.matches() ? LocalDate.parse(iso.group(1)) : FrenchDates.expect(value);
        } catch (DateTimeException e) {
            throw fail(place + " (" + id + ")", "unparsable " + String.join("/", path) + " '" + value + "'");
        }
    }

    private Integer integer(AmoNode node, String where, String name) {
        String value = text(node, name);
        if (value == null) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            throw fail(where, "unparsable " + name + " '" + value + "'");
        }
        return Integer.valueOf(value);
    }

    /** Clean text at a path: entities decoded, mojibake repaired, spaces folded; null when empty. */
    private static String text(AmoNode node, String... path) {
        return clean(node.textAt(path));
    }

    private static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String cleaned = Texts.clean(Decoding.repairMojibake(Texts.unescape(raw)));
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String idOf(AmoNode record) {
        String id = text(record, "uid");
        return id == null ? "without uid" : id;
    }

    private SourceFormatException fail(String place, String problem) {
        return new SourceFormatException(file, place, problem);
    }
}
