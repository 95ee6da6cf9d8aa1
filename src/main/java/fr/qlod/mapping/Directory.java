package fr.qlod.mapping;

import fr.qlod.model.Constituency;
import fr.qlod.model.Entity;
import fr.qlod.model.Fold;
import fr.qlod.model.Mandate;
import fr.qlod.model.Organ;
import fr.qlod.model.OrganType;
import fr.qlod.model.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An in-memory index of AMO people, mandates and organs, read before the questions, that
 * answers "which group was this deputy in on that day" and "which ministry organ bore that name
 * on that day", and resolves the names question sources print (an author, a group, a ministry)
 * to the one official id that fits the question's legislature, date and constituency, or says
 * which candidates fit when not exactly one does. Small: the AMO holds tens of thousands of mandates.
 *
 * <pre>
 * Directory directory = Directory.empty();
 * amoEntities.forEach(directory::add);
 * directory.groupOn("PA1857", LocalDate.of(2014, 7, 8)); // Optional[PO…]
 * directory.personsNamed("M. Thierry LAZARO");            // [PA1857]
 * </pre>
 *
 * Not thread-safe while being filled; read-only use afterwards is safe.
 */
public final class Directory {
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d");
    private static final Set<String> CIVILITIES = Set.of("m", "mme", "mlle", "monsieur", "madame", "mademoiselle");

    private final Map<String, Organ> organs = new HashMap<>();
    private final Map<String, List<Mandate>> mandatesByPerson = new HashMap<>();
    private final Map<String, Mandate> mandates = new HashMap<>();
    private final Map<String, List<String>> personsByName = new HashMap<>();
    private final Map<String, List<Organ>> ministriesByName = new HashMap<>();
    private final Map<String, List<Organ>> groupsByName = new HashMap<>();

    private Directory() {}

    public static Directory empty() {
        return new Directory();
    }

    /** Indexes a person (and the mandates it carries), a mandate or an organ; questions are ignored. */
    public void add(Entity entity) {
        if (entity instanceof Person p) {
            List<String> ids = personsByName.computeIfAbsent(nameKey(p.fullName()), k -> new ArrayList<>());
            if (!ids.contains(p.id())) {
                ids.add(p.id());
            }
            p.mandates().forEach(this::addMandate);
        } else if (entity instanceof Mandate m) {
            addMandate(m);
        } else if (entity instanceof Organ o) {
            Organ previous = organs.put(o.id(), o);
            Map<String, List<Organ>> byName =
                    o.type() == OrganType.MINISTERE ? ministriesByName : o.type() == OrganType.GP ? groupsByName : null;
            if (byName != null) {
                if (previous != null) {
                    byName.values().forEach(list -> list.removeIf(x -> x.id().equals(o.id())));
                }
                for (String name : organNames(o)) {
                    List<Organ> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>());
                    if (!list.contains(o)) {
                        list.add(o);
                    }
                }
            }
        }
    }

    public boolean isEmpty() {
        return organs.isEmpty() && mandates.isEmpty() && personsByName.isEmpty();
    }

    public Optional<Organ> organ(String organId) {
        return Optional.ofNullable(organs.get(organId));
    }

    /** The actor id of the one person with that full name ("Thierry Lazaro"); empty when none or several. */
    public Optional<String> personNamed(String fullName) {
        List<String> ids = personsNamed(fullName);
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** The actor ids of everyone bearing that name, once civility, accents, case, hyphens and particles are set aside. */
    public List<String> personsNamed(String fullName) {
        return List.copyOf(personsByName.getOrDefault(nameKey(fullName), List.of()));
    }

    /**
     * The deputy a source means by a name: among those bearing it, the ones with a deputy's
     * (ASSEMBLEE) mandate in the legislature, narrowed to those whose mandate was in force on the
     * day when any was, and to the printed département (and constituency number) when the source
     * prints one and the mandate records one.
     *
     * @param day          the question's date, or null
     * @param constituency the constituency the source prints, or null
     */
    Match deputy(String fullName, int legislature, LocalDate day, Constituency constituency) {
        List<String> named = personsNamed(fullName);
        List<String> deputies = named.stream()
                .filter(id -> !deputyMandates(id, legislature).isEmpty())
                .toList();
        if (day != null) {
            List<String> onDay = deputies.stream()
                    .filter(id -> deputyMandates(id, legislature).stream().anyMatch(m -> m.activeOn(day)))
                    .toList();
            if (!onDay.isEmpty()) {
                deputies = onDay;
            }
        }
        if (constituency != null && constituency.departmentCode() != null) {
            deputies = deputies.stream()
                    .filter(id -> deputyMandates(id, legislature).stream().anyMatch(m -> sitsFor(m, constituency)))
                    .toList();
        }
        return Match.among(deputies, named);
    }

    /**
     * The political group a source means by a printed name or abbreviation: the GP organs of the
     * legislature bearing it that existed on the day (every one of the legislature when the day is unknown).
     */
    Match group(String nameOrAbbreviation, int legislature, LocalDate day) {
        List<Organ> named = groupsByName.getOrDefault(key(nameOrAbbreviation), List.of());
        List<String> fitting = named.stream()
                .filter(o -> o.legislature() == null || o.legislature() == legislature)
                .filter(o -> day == null || o.activeOn(day))
                .map(Organ::id)
                .toList();
        return Match.among(fitting, named.stream().map(Organ::id).toList());
    }

    /**
     * The ministry organ a source means by a name on a day: the one that bore it then, the
     * latest-starting on a day one government hands over to the next; ambiguous only when two
     * bearing it started on the same day.
     */
    Match ministry(String name, LocalDate day) {
        List<Organ> named = ministriesByName.getOrDefault(key(name), List.of());
        List<Organ> active = named.stream().filter(o -> o.activeOn(day)).toList();
        Optional<LocalDate> latest = active.stream()
                .map(o -> o.start() == null ? LocalDate.MIN : o.start())
                .max(Comparator.naturalOrder());
        List<String> fitting = active.stream()
                .filter(o -> (o.start() == null ? LocalDate.MIN : o.start()).equals(latest.orElse(null)))
                .map(Organ::id)
                .toList();
        return Match.among(fitting, named.stream().map(Organ::id).toList());
    }

    /** The label of an organ the directory holds, or null. */
    String organLabel(String organId) {
        Organ o = organs.get(organId);
        return o == null ? null : o.label();
    }

    private List<Mandate> deputyMandates(String actorId, int legislature) {
        return mandatesByPerson.getOrDefault(actorId, List.of()).stream()
                .filter(m -> m.organType() == OrganType.ASSEMBLEE
                        && (m.legislature() != null ? m.legislature() == legislature : legislatureOf(m) == legislature))
                .toList();
    }

    private int legislatureOf(Mandate m) {
        Organ o = organs.get(m.organId());
        return o == null || o.legislature() == null ? -1 : o.legislature();
    }

    /** A mandate that records no constituency cannot rule a deputy out. */
    private static boolean sitsFor(Mandate m, Constituency printed) {
        Constituency c = m.constituency();
        if (c == null || c.departmentCode() == null) {
            return true;
        }
        return c.departmentCode().equals(printed.departmentCode())
                && (c.number() == null || printed.number() == null || c.number().equals(printed.number()));
    }

    /** Whether a person holds (or held) a deputy's mandate (an ASSEMBLEE mandate). */
    public boolean isDeputy(String actorId) {
        return mandatesByPerson.getOrDefault(actorId, List.of()).stream()
                .anyMatch(m -> m.organType() == OrganType.ASSEMBLEE);
    }

    /**
     * The political group (organ id) a person belonged to on a day, from their GP mandates;
     * the latest-starting one when mandates overlap.
     */
    public Optional<String> groupOn(String actorId, LocalDate day) {
        return mandatesByPerson.getOrDefault(actorId, List.of()).stream()
                .filter(m -> m.organType() == OrganType.GP && m.activeOn(day))
                .max(Comparator.comparing(Mandate::start).thenComparing(Mandate::id))
                .map(Mandate::organId);
    }

    /** The mandate of that id ({@code PM…}), when the AMO gave it. */
    public Optional<Mandate> mandate(String mandateId) {
        return Optional.ofNullable(mandates.get(mandateId));
    }

    /**
     * The mandate with a constituency (a deputy's) a person held on a day; the latest-starting one
     * when mandates overlap.
     */
    public Optional<Mandate> deputyMandateOn(String actorId, LocalDate day) {
        return mandatesByPerson.getOrDefault(actorId, List.of()).stream()
                .filter(m -> m.constituency() != null && m.activeOn(day))
                .max(Comparator.comparing(Mandate::start).thenComparing(Mandate::id));
    }

    private void addMandate(Mandate m) {
        if (mandates.put(m.id(), m) == null) {
            mandatesByPerson
                    .computeIfAbsent(m.personId(), k -> new ArrayList<>())
                    .add(m);
        }
    }

    private static List<String> organNames(Organ o) {
        List<String> names = new ArrayList<>();
        names.add(o.label());
        if (o.shortLabel() != null) {
            names.add(o.shortLabel());
        }
        if (o.type() == OrganType.GP && o.abbreviation() != null) {
            names.add(o.abbreviation());
        }
        return names;
    }

    /** Organ names compare without case, accents, punctuation or a leading "ministère de la". */
    static String key(String name) {
        String t = NON_ALNUM.matcher(Fold.key(name.strip())).replaceAll(" ").strip();
        return t.replaceFirst("^ministere (de la |de l |des |du |de )?", "");
    }

    /**
     * People's names compare without civility, accents, case, hyphens, apostrophes or particles:
     * "M. Jean-Marie Le Guen", "jean marie le guen" and "Mme Marie d'Ornano" / "Marie Ornano" agree.
     */
    static String nameKey(String fullName) {
        List<String> words = new ArrayList<>();
        for (String w : NON_ALNUM
                .matcher(Fold.key(fullName.strip()))
                .replaceAll(" ")
                .strip()
                .split(" ")) {
            if (!w.isEmpty() && !PARTICLES.contains(w)) {
                words.add(w);
            }
        }
        while (!words.isEmpty() && CIVILITIES.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }
}
