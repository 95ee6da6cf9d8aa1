package fr.qlod.rdf;

import fr.qlod.model.Entity;
import fr.qlod.model.Mandate;
import fr.qlod.model.Organ;
import fr.qlod.model.OrganType;
import fr.qlod.model.Person;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory index of AMO people, mandates and organs, read before the questions, that
 * answers "which group was this deputy in on that day" and "which ministry organ bore that name
 * on that day". Small: the AMO holds tens of thousands of mandates.
 *
 * <pre>
 * Directory directory = Directory.empty();
 * amoEntities.forEach(directory::add);
 * directory.groupOn("PA1857", LocalDate.of(2014, 7, 8)); // Optional[PO…]
 * </pre>
 *
 * Not thread-safe while being filled; read-only use afterwards is safe.
 */
public final class Directory {
    private final Map<String, Organ> organs = new HashMap<>();
    private final Map<String, List<Mandate>> mandatesByPerson = new HashMap<>();
    private final Map<String, Mandate> mandates = new HashMap<>();
    private final Map<String, List<String>> personsByName = new HashMap<>();
    private final Map<String, List<Organ>> ministriesByName = new HashMap<>();

    private Directory() {
    }

    public static Directory empty() {
        return new Directory();
    }

    /** Indexes a person (and the mandates it carries), a mandate or an organ; questions are ignored. */
    public void add(Entity entity) {
        if (entity instanceof Person p) {
            List<String> ids = personsByName.computeIfAbsent(key(p.fullName()), k -> new ArrayList<>());
            if (!ids.contains(p.id())) {
                ids.add(p.id());
            }
            p.mandates().forEach(this::addMandate);
        } else if (entity instanceof Mandate m) {
            addMandate(m);
        } else if (entity instanceof Organ o) {
            Organ previous = organs.put(o.id(), o);
            if (o.type() == OrganType.MINISTERE) {
                if (previous != null) {
                    ministriesByName.values().forEach(list -> list.removeIf(x -> x.id().equals(o.id())));
                }
                for (String name : ministryNames(o)) {
                    ministriesByName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(o);
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
        List<String> ids = personsByName.get(key(fullName));
        return ids != null && ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** Whether a person holds (or held) a deputy's mandate (an ASSEMBLEE mandate). */
    public boolean isDeputy(String actorId) {
        return mandatesByPerson.getOrDefault(actorId, List.of()).stream().anyMatch(m -> m.organType() == OrganType.ASSEMBLEE);
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

    /**
     * The ministry organ (id) that bore a name ("Justice", "Ministère de la justice") on a day;
     * the latest-starting one when several match.
     */
    public Optional<String> ministryOn(String name, LocalDate day) {
        return ministriesByName.getOrDefault(key(name), List.of()).stream()
                .filter(o -> o.activeOn(day))
                .max(Comparator.comparing((Organ o) -> o.start() == null ? LocalDate.MIN : o.start())
                        .thenComparing(Organ::id))
                .map(Organ::id);
    }

    private void addMandate(Mandate m) {
        if (mandates.put(m.id(), m) == null) {
            mandatesByPerson.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m);
        }
    }

    private static List<String> ministryNames(Organ o) {
        List<String> names = new ArrayList<>();
        names.add(o.label());
        if (o.shortLabel() != null) {
            names.add(o.shortLabel());
        }
        return names;
    }

    /** Names compare without case, accents, punctuation or a leading "ministère de la". */
    static String key(String name) {
        String t = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return t.replaceFirst("^ministere (de la |de l |des |du |de )?", "");
    }
}
