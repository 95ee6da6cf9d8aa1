package fr.qlod.mapping;

import fr.qlod.model.Fold;
import fr.qlod.model.Organ;
import fr.qlod.model.Person;
import fr.qlod.model.QuestionId;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Mints every IRI qlod publishes, under a configurable base (Cool URIs, 303 style). The only
 * class that builds instance IRIs.
 *
 * <pre>
 * Uris uris = Uris.create("https://qlod.example.org/");
 * uris.question(new QuestionId(14, QuestionType.QE, 59906)); // https://qlod.example.org/id/question/QANR5L14QE59906
 * uris.document(uris.person("PA1857"));                       // https://qlod.example.org/doc/person/PA1857
 * </pre>
 *
 * <p>The scheme, below {@code {base}id/}:
 * <ul>
 * <li>{@code question/QANR5L14QE59906}; its answers {@code …/answer}, {@code …/answer/2}; its own JO
 *     publication {@code …/publication}; allocations {@code …/allocation/1}; signalements
 *     {@code …/signalement/1}; renewals {@code …/renewal/1}; errata {@code …/erratum/1}; closure
 *     publication {@code …/closure/publication}; an answer's publication {@code …/answer/publication}</li>
 * <li>{@code person/PA1857}; a deputy the AMO directory does not resolve to one id gets a slug scoped by
 *     legislature and, where known, département, {@code person/thierry-lazaro-l14-d59}, so that two
 *     homonyms never share an IRI; {@code person/thierry-lazaro}, the unscoped name, survives only as
 *     an {@code owl:sameAs} alias of a resolved deputy</li>
 * <li>{@code organ/PO702926}; {@code mandate/PM645505} (its period {@code …/period});
 *     {@code ministry/justice} for a portfolio across governments; {@code group/ump} the name-only alias of a
 *     group, {@code group/ump-l14} a printed group no organ of its legislature matches; {@code role/membre}</li>
 * <li>{@code legislature/14}; {@code constituency/59-06} (INSEE département code and two-digit
 *     number), {@code constituency/59} for a whole département (no number given);
 *     {@code departement/59}; a département whose code is unknown uses the slug of its name</li>
 * <li>{@code rubrique/telecommunications}, {@code tete-analyse/internet}, {@code analyse/…}</li>
 * <li>{@code report/{slug}}, {@code report/{slug}/recommendation/3}</li>
 * <li>{@code answer-text/{32 hex digits of SHA-256}}</li>
 * </ul>
 * Named graphs: {@code {base}graph/question/…}, {@code graph/person/PA…}, {@code graph/organ/PO…},
 * {@code graph/mandate/PM…}, {@code graph/mention/…} ({@link #mentionGraph}), {@code graph/links/identical-answers},
 * {@code graph/schemes}. Documents: {@link #document}.
 *
 * <p>Slugs ({@link #slug}) are lower case, accents stripped, every run of other characters a
 * single {@code -}, at most {@value #MAX_SLUG} characters cut at a hyphen.
 */
public final class Uris {
    /** The default base: the embedded server's own address, so that IRIs dereference on a fresh machine. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";
    /** The longest slug, so that long analyses still give reasonable IRIs. */
    public static final int MAX_SLUG = 100;
    /** Hex digits of the SHA-256 kept in an answer-text IRI (128 bits). */
    public static final int FINGERPRINT_DIGITS = 32;

    private static final Pattern MANDATE_ID = Pattern.compile("PM\\d+");
    private static final Pattern REPORT_SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{" + FINGERPRINT_DIGITS + ",}");
    private static final Pattern DEPARTMENT_CODE = Pattern.compile("\\d{2,3}|2[AaBb]");

    private static final String ID = "id/";
    private static final String DOC = "doc/";
    private static final String GRAPH = "graph/";
    private static final String MENTION = "mention/";

    private final String base;

    private Uris(String base) {
        this.base = base;
    }

    /** IRIs under the default base. */
    public static Uris create() {
        return create(DEFAULT_BASE);
    }

    /**
     * IRIs under a base, an absolute http(s) IRI; a missing final slash is added.
     *
     * @throws IllegalArgumentException when the base is not an absolute http(s) IRI
     */
    public static Uris create(String base) {
        Objects.requireNonNull(base, "base");
        String b = base.strip();
        try {
            URI uri = new URI(b);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
                    || uri.getHost() == null
                    || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new IllegalArgumentException(
                        "the base must be an http(s) IRI without query or fragment: " + base);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an IRI: " + base, e);
        }
        return new Uris(b.endsWith("/") ? b : b + "/");
    }

    public String base() {
        return base;
    }

    // Questions and their parts

    public String question(QuestionId id) {
        return base + ID + "question/" + id.uid();
    }

    /** The {@code index}-th answer (1-based): {@code …/answer}, then {@code …/answer/2}… */
    public String answer(QuestionId id, int index) {
        checkIndex(index);
        return question(id) + "/answer" + (index == 1 ? "" : "/" + index);
    }

    public String allocation(QuestionId id, int index) {
        return part(id, "allocation", index);
    }

    public String signalement(QuestionId id, int index) {
        return part(id, "signalement", index);
    }

    public String renewal(QuestionId id, int index) {
        return part(id, "renewal", index);
    }

    public String erratum(QuestionId id, int index) {
        return part(id, "erratum", index);
    }

    /** The resource standing for the question's closure, only as the owner of its JO publication. */
    public String closure(QuestionId id) {
        return question(id) + "/closure";
    }

    /** The JO publication of a question, answer, allocation, closure or erratum: {@code {owner}/publication}. */
    public String publication(String owner) {
        return owner + "/publication";
    }

    // People and organs

    /** A person by official actor id {@code PA…}. */
    public String person(String actorId) {
        return base + ID + "person/" + expect(actorId, Person.ACTOR_ID, "actor id");
    }

    /** A person's name-only alias: {@code person/thierry-lazaro}. */
    public String personByName(String fullName) {
        return base + ID + "person/" + slug(fullName);
    }

    /**
     * A deputy known only by a name the directory does not resolve, scoped so that it never merges
     * two people: {@code person/thierry-lazaro-l14-d59}, or {@code person/thierry-lazaro-l14}.
     *
     * @param department the INSEE code or name of the département printed with the name, or null
     */
    public String personByName(String fullName, int legislature, String department) {
        return personByName(fullName) + "-l" + legislature
                + (department == null ? "" : "-d" + departmentKey(department));
    }

    public String mandate(String mandateId) {
        return base + ID + "mandate/" + expect(mandateId, MANDATE_ID, "mandate id");
    }

    /** The period of a mandate, the object of {@code org:memberDuring}. */
    public String mandatePeriod(String mandateId) {
        return mandate(mandateId) + "/period";
    }

    public String organ(String organId) {
        return base + ID + "organ/" + expect(organId, Organ.ORGAN_ID, "organ id");
    }

    /** A ministry known only by name, across governments: {@code ministry/justice}. */
    public String ministry(String name) {
        return base + ID + "ministry/" + slug(name);
    }

    /** A political group's name-only alias: {@code group/ump}. */
    public String group(String nameOrAbbreviation) {
        return base + ID + "group/" + slug(nameOrAbbreviation);
    }

    /** A printed group that no organ of its legislature matches: {@code group/les-republicains-l14}. */
    public String group(String nameOrAbbreviation, int legislature) {
        return group(nameOrAbbreviation) + "-l" + legislature;
    }

    /** Whether a source's organ id is a real one ({@code PO} and digits), not a placeholder such as {@code POnull}. */
    public static boolean isOrganId(String id) {
        return id != null && Organ.ORGAN_ID.matcher(id).matches();
    }

    /** A role in an organ ({@code org:Role}): {@code role/membre}. */
    public String role(String quality) {
        return base + ID + "role/" + slug(quality);
    }

    public String legislature(int number) {
        return base + ID + "legislature/" + number;
    }

    // Places

    /**
     * A constituency: {@code constituency/59-06}; {@code constituency/59} when the number is unknown.
     *
     * @param department the INSEE code, else the département's name (slugged)
     */
    public String constituency(String department, Integer number) {
        String d = departmentKey(department);
        return base + ID + "constituency/" + d + (number == null ? "" : String.format(Locale.ROOT, "-%02d", number));
    }

    /** A département: {@code departement/59}, {@code departement/2a}; a name without code is slugged. */
    public String departement(String department) {
        return base + ID + "departement/" + departmentKey(department);
    }

    /** INSEE's IRI of a département by its code. */
    public static String insee(String departmentCode) {
        return "http://id.insee.fr/geo/departement/" + departmentCode;
    }

    // Indexing, reports, fingerprints

    public String rubrique(String label) {
        return base + ID + "rubrique/" + slug(label);
    }

    public String teteAnalyse(String label) {
        return base + ID + "tete-analyse/" + slug(label);
    }

    public String analyse(String label) {
        return base + ID + "analyse/" + slug(label);
    }

    /** A report by its slug (see {@link ReportCitationExtractor#reportSlug}). */
    public String report(String reportSlug) {
        return base + ID + "report/" + expect(reportSlug, REPORT_SLUG, "report slug");
    }

    public String recommendation(String reportSlug, int number) {
        checkIndex(number);
        return report(reportSlug) + "/recommendation/" + number;
    }

    /** The shared resource of an answer text, by its fingerprint (see {@link IdenticalAnswers#fingerprint}). */
    public String answerText(String fingerprint) {
        String hex = expect(fingerprint, FINGERPRINT, "fingerprint");
        return base + ID + "answer-text/" + hex.substring(0, FINGERPRINT_DIGITS);
    }

    // Named graphs

    public String questionGraph(QuestionId id) {
        return base + GRAPH + "question/" + id.uid();
    }

    public String personGraph(String actorId) {
        return base + GRAPH + "person/" + expect(actorId, Person.ACTOR_ID, "actor id");
    }

    public String organGraph(String organId) {
        return base + GRAPH + "organ/" + expect(organId, Organ.ORGAN_ID, "organ id");
    }

    public String mandateGraph(String mandateId) {
        return base + GRAPH + "mandate/" + expect(mandateId, MANDATE_ID, "mandate id");
    }

    /**
     * The graph of what question records say about a resource they share with other records (a
     * legislature, deputy, group, ministry, constituency or indexing concept): {@code
     * {base}id/organ/PO59047} → {@code {base}graph/mention/organ/PO59047}. See {@link Mentions}.
     *
     * @throws IllegalArgumentException for an IRI that is not under {@code {base}id/}
     */
    public String mentionGraph(String resourceIri) {
        if (!isResource(resourceIri)) {
            throw new IllegalArgumentException("not a resource IRI of " + base + ": " + resourceIri);
        }
        return base + GRAPH + MENTION + resourceIri.substring(base.length() + ID.length());
    }

    /**
     * Whether a graph IRI is a {@linkplain #mentionGraph mention graph}, under any base: loads merge
     * such a graph with what the store holds instead of replacing it.
     */
    public static boolean isMentionGraph(String graphIri) {
        int at = graphIri.indexOf("/" + GRAPH + MENTION);
        return at > 0 && graphIri.indexOf('/', at + GRAPH.length() + MENTION.length() + 1) > 0;
    }

    /** The graph of the indexing concept schemes, as the ontology declares them: {@code graph/schemes}. */
    public String schemesGraph() {
        return base + GRAPH + "schemes";
    }

    /** The graph of links computed across records: {@code graph/links/identical-answers}. */
    public String linksGraph(String name) {
        return base + GRAPH + "links/" + slug(name);
    }

    // Documents

    /** Whether an IRI is one of this base's resource IRIs ({@code {base}id/…}). */
    public boolean isResource(String iri) {
        return iri.startsWith(base + ID);
    }

    /**
     * The document describing a resource: {@code {base}id/question/…} → {@code {base}doc/question/…},
     * where {@code /id/} answers 303 See Other.
     *
     * @throws IllegalArgumentException for an IRI that is not under {@code {base}id/}
     */
    public String document(String iri) {
        if (!isResource(iri)) {
            throw new IllegalArgumentException("not a resource IRI of " + base + ": " + iri);
        }
        return base + DOC + iri.substring((base + ID).length());
    }

    /**
     * A slug: lower case, accents stripped, ligatures expanded, every run of other characters one
     * hyphen, no hyphen at either end, at most {@value #MAX_SLUG} characters (cut at a hyphen).
     *
     * @throws IllegalArgumentException when nothing is left (blank or only punctuation)
     */
    public static String slug(String text) {
        Objects.requireNonNull(text, "text");
        String t = hyphenate(Fold.key(text));
        if (t.length() > MAX_SLUG) {
            int cut = t.lastIndexOf('-', MAX_SLUG);
            t = t.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("nothing to make a slug from: '" + text + "'");
        }
        return t;
    }

    /** Every run of characters other than {@code a-z} and {@code 0-9} one hyphen, none at either end. */
    private static String hyphenate(String folded) {
        StringBuilder b = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && b.length() > 0) {
                    b.append('-');
                }
                b.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    private static String departmentKey(String department) {
        Objects.requireNonNull(department, "department");
        String d = department.strip();
        return DEPARTMENT_CODE.matcher(d).matches() ? d.toLowerCase(Locale.ROOT) : slug(d);
    }

    private String part(QuestionId id, String name, int index) {
        checkIndex(index);
        return question(id) + "/" + name + "/" + index;
    }

    private static void checkIndex(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("numbers start at 1: " + index);
        }
    }

    private static String expect(String value, Pattern pattern, String what) {
        Objects.requireNonNull(value, what);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("not a " + what + ": " + value);
        }
        return value;
    }
}
