package fr.qlod.parse;

import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Closure;
import fr.qlod.model.Constituency;
import fr.qlod.model.Departements;
import fr.qlod.model.Erratum;
import fr.qlod.model.ErratumTarget;
import fr.qlod.model.Fold;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.Status;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Données clés" box of a /dyn/ question page, shared by {@link DynHtmlReader} and
 * {@link TextDynReader}: the readers feed it the labelled fields ("Auteur", "Circonscription",
 * "Rubrique", "Ministère interrogé"…) and the date lines ("Question publiée au JO le : 8 juillet
 * 2014, page 5800", "Réponse publiée le 27 septembre 2022"…), then let it fill the question.
 * Several lines about the same JO publication (the header links give the page, the box the date)
 * are merged by date.
 */
final class DynKeyData {
    /** The last legislature whose page title is a tête d'analyse; later ones print a "Titre". */
    static final int LAST_TETE_ANALYSE_LEGISLATURE = 14;

    private static final Pattern CIRCONSCRIPTION = Pattern.compile(
            "(.+?)\\s*\\(\\s*(\\d{1,2})\\s*(?:e|er|re|ere|eme|ème|è)?\\s+circonscription\\s*\\)\\s*(?:[-–]\\s*(.*))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE = Pattern.compile("\\bpage\\s*:?\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEGISLATURE =
            Pattern.compile("(\\d{1,2})\\s*(?:e|eme|ème|è)\\s+l[ée]gislature", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile(
            "(question(?:\\s.+?)?)\\s+n\\s*[°o]\\s*(\\d+)\\s*(?::\\s*(.*))?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String GROUP_SEPARATOR = " - ";
    private static final String LEGIFRANCE_HOST = "legifrance.gouv.fr";

    private String authorPrinted;
    private String personId;
    private Constituency constituency;
    private GroupRef group;
    private Constituency authorConstituency;
    private GroupRef authorGroup;
    private String typeText;
    private String numberText;
    private String rubrique;
    private String teteAnalyse;
    private String title;
    private final List<String> analyses = new ArrayList<>();
    private String questioned;
    private String attributaire;
    private LocalDate attributionDate;
    private JoPublication published;
    private final List<JoPublication> answers = new ArrayList<>();
    private Closure closure;
    private final List<JoPublication> signalements = new ArrayList<>();
    private final List<JoPublication> renewals = new ArrayList<>();
    private final List<Erratum> errata = new ArrayList<>();

    /** A page's title line, "Question écrite n°200 : Agriculture biologique" or "Question écrite n° 60037". */
    record Title(QuestionType type, Integer number, String subject) {
        static Optional<Title> parse(String line) {
            Matcher m = TITLE.matcher(Texts.clean(line).replace('\n', ' '));
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Title(
                    QuestionType.parse(m.group(1)).orElse(null),
                    Integer.valueOf(m.group(2)),
                    m.group(3) == null ? null : m.group(3).strip()));
        }
    }

    /** One answer text as a page prints it, with the date of its heading when it has one. */
    record AnswerText(LocalDate date, String text) {}

    /** Reads "14ème législature", "16ème Législature", "15e législature". */
    static Optional<Integer> legislature(String line) {
        Matcher m = LEGISLATURE.matcher(Texts.clean(line));
        return m.matches() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /** Whether a label heads the list of dates ("Date(s) clé(s)", "Dates"). */
    static boolean isDatesHeading(String label) {
        String k = key(label);
        return k.equals("dates") || k.startsWith("date(s) cle") || k.equals("dates cles");
    }

    /** The author as printed ("M. Thierry Lazaro", "Mme Marie-Pierre Rixain (Ile-de-France - Renaissance)"). */
    void author(String printed, String actorId) {
        String t = Texts.clean(printed).replace('\n', ' ');
        int open = trailingParenthesis(t);
        if (open > 0) {
            String inside = t.substring(open + 1, t.length() - 1).strip();
            t = t.substring(0, open).strip();
            int dash = inside.indexOf(GROUP_SEPARATOR);
            String place = dash < 0 ? null : inside.substring(0, dash).strip();
            String groupName = dash < 0
                    ? inside
                    : inside.substring(dash + GROUP_SEPARATOR.length()).strip();
            if (!groupName.isEmpty()) {
                authorGroup = new GroupRef(groupName, null, null);
            }
            // /dyn/ pages print a region here as often as a département: only a known département is kept
            if (place != null && Departements.codeOf(place).isPresent()) {
                authorConstituency = new Constituency(null, place, null, null);
            }
        }
        if (!t.isBlank()) {
            authorPrinted = t;
            personId = actorId == null || actorId.isBlank() ? null : actorId.strip();
        }
    }

    /** One labelled field of the box; date fields are passed on to {@link #dateLine}. */
    void field(String label, String value) {
        String k = key(label);
        String v = Texts.clean(value).replace('\n', ' ');
        if (k.startsWith("auteur")) {
            author(v, null);
        } else if (k.startsWith("circonscription")) {
            circonscription(v);
        } else if (k.startsWith("type de question")) {
            typeText = v;
        } else if (k.startsWith("numero de la question")) {
            numberText = v;
        } else if (k.equals("rubrique")) {
            rubrique = blankToNull(v);
        } else if (k.startsWith("tete d'analyse")) {
            teteAnalyse = blankToNull(v);
        } else if (k.equals("analyse")) {
            analyses.add(v);
        } else if (k.equals("titre")) {
            title = blankToNull(v);
        } else if (k.startsWith("ministere interroge")) {
            questioned = blankToNull(v);
        } else if (k.startsWith("ministere attributaire") || k.startsWith("ministere repondant")) {
            attributaire = blankToNull(v);
        } else if (k.contains("publie")
                || k.contains("retir")
                || k.contains("attribution")
                || k.contains("signal")
                || k.contains("renouvel")
                || k.contains("erratum")) {
            dateLine(label + " : " + value, null);
        }
    }

    /**
     * One line of the dates: publication of the question or an answer, change of attribution,
     * withdrawal (with its reason in parentheses), signalement, renewal, erratum.
     *
     * @param line the line as printed
     * @param href the link the date carries (a JO PDF), or null; kept only when it is on Légifrance
     */
    void dateLine(String line, String href) {
        String t = Texts.clean(line).replace('\n', ' ');
        String k = key(t);
        LocalDate date = FrenchDates.find(t).orElse(null);
        Matcher pm = PAGE.matcher(t);
        Integer page = pm.find() ? Integer.valueOf(pm.group(1)) : null;
        String url = isLegifrance(href) ? href.strip() : null;
        if (k.contains("retir")) {
            int open = trailingParenthesis(t);
            String reason = open < 0 ? null : blankToNull(t.substring(open + 1, t.length() - 1));
            Status status = reason == null ? Status.WITHDRAWN_OTHER : Status.ofClosure(reason);
            JoPublication jo = date != null && page != null ? new JoPublication(date, page, null, null, url) : null;
            closure = new Closure(status, null, reason, date, jo);
            return;
        }
        if (date == null) {
            return;
        }
        JoPublication jo = new JoPublication(date, page, null, null, url);
        if (k.contains("erratum")) {
            errata.add(new Erratum(k.contains("reponse") ? ErratumTarget.ANSWER : ErratumTarget.QUESTION, jo, null));
        } else if (k.contains("attribution")) {
            attributionDate = date;
        } else if (k.contains("signal")) {
            signalements.add(jo);
        } else if (k.contains("renouvel")) {
            renewals.add(jo);
        } else if (k.contains("reponse") && k.contains("publi")) {
            mergeAnswer(jo);
        } else if (k.contains("question") && k.contains("publi")) {
            published = published == null ? jo : merge(published, jo);
        }
    }

    Optional<QuestionType> type() {
        return QuestionType.parse(typeText);
    }

    Optional<Integer> number() {
        return numberText == null || !numberText.strip().matches("\\d{1,7}")
                ? Optional.empty()
                : Optional.of(Integer.valueOf(numberText.strip()));
    }

    List<JoPublication> answerPublications() {
        return List.copyOf(answers);
    }

    /**
     * Fills in everything the box gives. The page's title subject is a tête d'analyse up to the
     * 14th legislature and a "Titre" afterwards.
     */
    void fill(Question.Builder builder, QuestionId id, String subject, List<AnswerText> texts) {
        if (authorPrinted != null) {
            builder.author(Names.givenFirst(authorPrinted, personId, null));
        }
        builder.group(group != null ? group : authorGroup);
        builder.constituency(constituency != null ? constituency : authorConstituency);
        if (questioned != null) {
            builder.questioned(MinistryRef.named(questioned));
        }
        if (attributaire != null) {
            builder.allocation(new Allocation(MinistryRef.named(attributaire), attributionDate, null));
        }
        String tete = teteAnalyse;
        String heading = title;
        if (subject != null && !subject.isBlank()) {
            if (id.legislature() <= LAST_TETE_ANALYSE_LEGISLATURE && tete == null) {
                tete = subject;
            } else if (id.legislature() > LAST_TETE_ANALYSE_LEGISLATURE && heading == null) {
                heading = subject;
            }
        }
        builder.indexing(new Indexing(rubrique, tete, analyses, heading));
        builder.published(published);
        builder.closure(closure);
        signalements.forEach(builder::signalement);
        renewals.forEach(builder::renewal);
        errata.forEach(builder::erratum);
        answers(texts).forEach(builder::answer);
    }

    /**
     * The identity from what the page gives, or a {@link SourceFormatException} naming every
     * missing part.
     */
    static QuestionId requireId(String file, Integer legislature, QuestionType type, Integer number) {
        StringJoiner missing = new StringJoiner(", ");
        if (legislature == null) {
            missing.add("legislature");
        }
        if (type == null) {
            missing.add("type");
        }
        if (number == null) {
            missing.add("number");
        }
        if (missing.length() > 0) {
            throw new SourceFormatException(file, null, "missing required field(s): " + missing);
        }
        try {
            return new QuestionId(legislature, type, number);
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(file, null, e.getMessage(), e);
        }
    }

    /** Pairs each answer publication with its text: same date first, else the next undated text. */
    private List<Answer> answers(List<AnswerText> texts) {
        List<AnswerText> remaining = new ArrayList<>(texts);
        List<Answer> out = new ArrayList<>();
        for (JoPublication jo : answers) {
            AnswerText match = remaining.stream()
                    .filter(t -> jo.date().equals(t.date()))
                    .findFirst()
                    .orElse(remaining.stream()
                            .filter(t -> t.date() == null)
                            .findFirst()
                            .orElse(null));
            if (match != null) {
                remaining.remove(match);
            }
            out.add(new Answer(match == null ? "" : match.text(), jo));
        }
        return out;
    }

    private void circonscription(String value) {
        Matcher m = CIRCONSCRIPTION.matcher(value);
        String place;
        Integer number = null;
        String groupName = null;
        if (m.matches()) {
            place = m.group(1);
            number = Integer.valueOf(m.group(2));
            groupName = m.group(3);
        } else {
            int dash = value.indexOf(GROUP_SEPARATOR);
            place = dash < 0 ? value : value.substring(0, dash);
            groupName = dash < 0 ? null : value.substring(dash + GROUP_SEPARATOR.length());
        }
        if (!place.isBlank()) {
            constituency = new Constituency(null, place.strip(), number, null);
        }
        if (groupName != null && !groupName.isBlank()) {
            group = new GroupRef(groupName.strip(), null, null);
        }
    }

    private void mergeAnswer(JoPublication jo) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).date().equals(jo.date())) {
                answers.set(i, merge(answers.get(i), jo));
                return;
            }
        }
        answers.add(jo);
    }

    /** Two lines about one publication: a known page or URL is never lost; a different date starts over. */
    private static JoPublication merge(JoPublication known, JoPublication more) {
        if (!known.date().equals(more.date())) {
            return known;
        }
        return new JoPublication(
                known.date(),
                known.page() != null ? known.page() : more.page(),
                known.type(),
                known.number(),
                known.legifranceUrl() != null ? known.legifranceUrl() : more.legifranceUrl());
    }

    /** Whether a link points to Légifrance (the JO's official site), judged by its host. */
    static boolean isLegifrance(String href) {
        if (href == null || href.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(href.strip());
            String host = uri.getHost();
            return host != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && (host.equals(LEGIFRANCE_HOST) || host.endsWith("." + LEGIFRANCE_HOST));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Where the parenthesis that closes a text opens, nested ones included ("Mme X (Essonne -
     * Démocrate (MoDem et Indépendants))"), or -1 when the text does not end with a balanced one.
     */
    static int trailingParenthesis(String t) {
        if (!t.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A label for comparison: no accents, lower case, straight apostrophes, no trailing colon. */
    static String key(String label) {
        String t = Fold.key(Texts.clean(label))
                .replace('\u2019', '\'')
                .replaceAll("\\s+", " ")
                .strip();
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }
}
