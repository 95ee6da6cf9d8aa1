package fr.qlod.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a synthetic corpus in the real open-data formats, deterministic from a seed: half the
 * questions as one legislature-XIV JSON document ({@code questions-xiv.json}), half as a
 * legislature-XV zip of one XML file per question ({@code questions-xv.zip}), and the matching AMO
 * export ({@code amo.json}: 577 deputies per legislature with their seat and group mandates, groups,
 * governments, ministries).
 *
 * <p>Distributions: questions per deputy skewed (a deputy's rank drawn as 577·u³, so a few deputies
 * ask most questions, as in the real data); 85% written (QE), 10% oral (QOSD), 5% government (QG);
 * question and answer texts of 500–3,000 characters of French words; 60% answered, 5% withdrawn,
 * the rest pending; 15% re-attributed to a second ministry.
 *
 * <pre>
 * java -cp … fr.qlod.bench.CorpusGenerator OUT_DIR QUESTIONS [SEED]
 * </pre>
 */
public final class CorpusGenerator {
    static final int DEPUTIES = 577;
    private static final String[] GROUPS = {
        "Socialiste, républicain et citoyen",
        "Les Républicains",
        "Union des démocrates et indépendants",
        "Écologiste",
        "Gauche démocrate et républicaine",
        "Radical, républicain, démocrate et progressiste",
        "La République en marche",
        "Mouvement démocrate"
    };
    private static final String[] GROUP_ABBR = {"SRC", "LR", "UDI", "ECOLO", "GDR", "RRDP", "LREM", "MODEM"};
    private static final String[] MINISTRIES = {
        "justice",
        "intérieur",
        "économie et finances",
        "santé",
        "éducation nationale",
        "agriculture",
        "écologie",
        "travail",
        "culture",
        "défense",
        "affaires étrangères",
        "logement",
        "transports",
        "outre-mer",
        "sports",
        "enseignement supérieur",
        "numérique",
        "personnes handicapées",
        "anciens combattants",
        "fonction publique",
        "commerce",
        "industrie",
        "solidarités",
        "famille",
        "ville",
        "jeunesse",
        "mer",
        "tourisme",
        "action publique",
        "cohésion des territoires"
    };
    private static final String[] RUBRIQUES = {
        "télécommunications",
        "énergie et carburants",
        "santé",
        "transports ferroviaires",
        "agriculture",
        "enseignement",
        "sécurité routière",
        "retraites : généralités",
        "impôts et taxes",
        "logement",
        "environnement",
        "justice",
        "police",
        "collectivités territoriales",
        "handicapés",
        "professions de santé",
        "chômage : indemnisation",
        "sports",
        "culture",
        "outre-mer"
    };
    private static final String[] WORDS = ("le la les des une un du de sur pour dans avec sans entre sous vers "
                    + "ministre gouvernement attention situation demande mesures dispositif réforme collectivités territoires "
                    + "communes départements régions habitants usagers entreprises agriculteurs élèves enseignants hôpitaux "
                    + "médecins patients financement budget crédits dotation fiscalité taxe exonération cotisations retraite "
                    + "pension allocation prestation emploi chômage formation apprentissage logement loyers transport ligne "
                    + "desserte réseau énergie électricité éolien nucléaire carburant environnement pollution eau déchets "
                    + "sécurité police gendarmerie justice tribunal procédure délais administration préfecture réglementation "
                    + "décret arrêté circulaire application mise œuvre évaluation rapport recommandation conclusions "
                    + "difficultés inquiétudes conséquences perspectives modalités calendrier concertation acteurs élus "
                    + "associations familles enfants jeunes personnes âgées handicapées zones rurales montagne littoral "
                    + "numérique internet couverture téléphonie fibre accès services publics fermeture maintien "
                    + "renforcement amélioration simplification harmonisation précisions intentions envisage souhaite "
                    + "connaître indiquer préciser entend prendre afin garantir assurer permettre éviter favoriser")
            .split(" ");

    private final SplittableRandom random;
    private final int questions;

    private CorpusGenerator(int questions, long seed) {
        this.questions = questions;
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int questions = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        new CorpusGenerator(questions, seed).write(out);
    }

    void write(Path out) throws IOException, XMLStreamException {
        writeAmo(out.resolve("amo.json"));
        int xiv = questions / 2;
        JsonFactory json = new JsonFactory();
        try (OutputStream file = Files.newOutputStream(out.resolve("questions-xiv.json"));
                JsonGenerator g = json.createGenerator(file, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("questionsEcrites");
            g.writeStringField("@xmlns", "http://schemas.assemblee-nationale.fr/referentiel");
            g.writeArrayFieldStart("question");
            for (int i = 0; i < xiv; i++) {
                new QuestionJson(g).write(question(14, i + 1));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        XMLOutputFactory xml = XMLOutputFactory.newFactory();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out.resolve("questions-xv.zip")))) {
            zip.setLevel(1);
            for (int i = 0; i < questions - xiv; i++) {
                Q q = question(15, i + 1);
                zip.putNextEntry(new ZipEntry("xml/QuestionsEcrites/" + q.uid + ".xml"));
                XMLStreamWriter w = xml.createXMLStreamWriter(zip, "UTF-8");
                new QuestionXml(w).write(q);
                w.flush();
                zip.closeEntry();
            }
        }
    }

    /** One generated question: every value the two writers need. */
    record Q(
            String uid,
            int number,
            int legislature,
            String type,
            String rubrique,
            String analyse,
            String deputy,
            String mandate,
            int group,
            List<Integer> ministries,
            List<LocalDate> attributionDates,
            LocalDate asked,
            int page,
            String text,
            String answer,
            LocalDate answered,
            boolean withdrawn) {}

    private Q question(int legislature, int n) {
        double u = random.nextDouble();
        int deputy = (int) (DEPUTIES * u * u * u);
        String typeCode;
        double t = random.nextDouble();
        typeCode = t < 0.85 ? "QE" : t < 0.95 ? "QOSD" : "QG";
        String uid = "QANR5L" + legislature + typeCode + n;
        LocalDate start = legislature == 14 ? LocalDate.of(2012, 7, 1) : LocalDate.of(2017, 7, 1);
        LocalDate asked = start.plusDays(random.nextInt(1700));
        List<Integer> ministries = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        ministries.add(random.nextInt(MINISTRIES.length));
        dates.add(asked);
        if (random.nextDouble() < 0.15) {
            ministries.add(random.nextInt(MINISTRIES.length));
            dates.add(asked.plusDays(10 + random.nextInt(120)));
        }
        double status = random.nextDouble();
        boolean answered = status < 0.60;
        boolean withdrawn = !answered && status < 0.65;
        String text = text(deputy, ministries.get(0), 500 + random.nextInt(2501));
        String answer = answered ? text(-1, ministries.get(ministries.size() - 1), 500 + random.nextInt(2501)) : null;
        LocalDate closed =
                answered || withdrawn ? dates.get(dates.size() - 1).plusDays(20 + random.nextInt(300)) : null;
        return new Q(
                uid,
                n,
                legislature,
                typeCode,
                RUBRIQUES[random.nextInt(RUBRIQUES.length)],
                WORDS[20 + random.nextInt(WORDS.length - 20)] + ". " + WORDS[20 + random.nextInt(WORDS.length - 20)],
                deputyId(legislature, deputy),
                mandateId(legislature, deputy),
                groupOf(deputy),
                ministries,
                dates,
                asked,
                1 + random.nextInt(12000),
                text,
                answer,
                closed,
                withdrawn);
    }

    private String text(int deputy, int ministry, int length) {
        StringBuilder s = new StringBuilder(length + 40);
        s.append(deputy >= 0 ? "M. Député" + deputy + " attire l'attention" : "Le ministère")
                .append(" de M. le ministre ")
                .append(MINISTRIES[ministry])
                .append(' ');
        boolean capital = false;
        while (s.length() < length) {
            String w = WORDS[random.nextInt(WORDS.length)];
            s.append(capital ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            capital = false;
            if (random.nextInt(14) == 0) {
                s.append(". ");
                capital = true;
            } else {
                s.append(' ');
            }
        }
        return s.toString().strip() + ".";
    }

    static String deputyId(int legislature, int deputy) {
        return "PA" + (legislature * 100_000 + deputy);
    }

    static String mandateId(int legislature, int deputy) {
        return "PM" + (legislature * 100_000 + deputy);
    }

    static int groupOf(int deputy) {
        return (deputy * 7 + deputy / 3) % GROUPS.length;
    }

    static String groupId(int legislature, int group) {
        return "PO" + (legislature * 1000 + 100 + group);
    }

    static String ministryId(int ministry) {
        return "PO" + (900_000 + ministry);
    }

    /** Writes a question in the JSON shape of the legislature-XIV dump. */
    private static final class QuestionJson {
        private final JsonGenerator g;

        QuestionJson(JsonGenerator g) {
            this.g = g;
        }

        void write(Q q) throws IOException {
            g.writeStartObject();
            g.writeStringField(
                    "@xsi:type",
                    q.type.equals("QE")
                            ? "QuestionEcrite_Type"
                            : q.type.equals("QG") ? "QuestionGouvernement_Type" : "QuestionOrale_Type");
            g.writeStringField("uid", q.uid);
            g.writeObjectFieldStart("identifiant");
            g.writeStringField("numero", Integer.toString(q.number));
            g.writeStringField("regime", "5ème République");
            g.writeStringField("legislature", Integer.toString(q.legislature));
            g.writeEndObject();
            g.writeStringField("type", q.type);
            g.writeObjectFieldStart("indexationAN");
            g.writeStringField("rubrique", q.rubrique);
            g.writeNullField("teteAnalyse");
            g.writeObjectFieldStart("analyses");
            g.writeStringField("analyse", q.analyse);
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("auteur");
            g.writeObjectFieldStart("identite");
            g.writeStringField("acteurRef", q.deputy);
            g.writeStringField("mandatRef", q.mandate);
            g.writeEndObject();
            g.writeObjectFieldStart("groupe");
            g.writeStringField("organeRef", groupId(q.legislature, q.group));
            g.writeStringField("abrege", GROUP_ABBR[q.group]);
            g.writeStringField("developpe", GROUPS[q.group]);
            g.writeEndObject();
            g.writeEndObject();
            g.writeFieldName("minInt");
            ministry(q.ministries.get(0));
            g.writeObjectFieldStart("minAttribs");
            g.writeArrayFieldStart("minAttrib");
            for (int i = 0; i < q.ministries.size(); i++) {
                g.writeStartObject();
                g.writeFieldName("infoJO");
                jo(q.attributionDates.get(i), q.page);
                g.writeFieldName("denomination");
                ministry(q.ministries.get(i));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("textesQuestion");
            g.writeObjectFieldStart("texteQuestion");
            g.writeFieldName("infoJO");
            jo(q.asked, q.page);
            g.writeStringField("texte", q.text);
            g.writeNullField("erratum");
            g.writeEndObject();
            g.writeEndObject();
            if (q.answer != null) {
                g.writeObjectFieldStart("textesReponse");
                g.writeObjectFieldStart("texteReponse");
                g.writeFieldName("infoJO");
                jo(q.answered, q.page + 7);
                g.writeStringField("texte", q.answer);
                g.writeEndObject();
                g.writeEndObject();
            } else {
                g.writeNullField("textesReponse");
            }
            if (q.answered != null) {
                g.writeObjectFieldStart("cloture");
                g.writeStringField("codeCloture", q.withdrawn ? "RET" : "REP_PUB");
                g.writeStringField(
                        "libelleCloture", q.withdrawn ? "Retrait à l'initiative de l'auteur" : "Réponse publiée");
                g.writeStringField("dateCloture", q.answered.toString());
                g.writeFieldName("infoJO");
                jo(q.answered, q.page + 7);
                g.writeEndObject();
            } else {
                g.writeNullField("cloture");
            }
            g.writeNullField("signalement");
            g.writeNullField("renouvellements");
            g.writeEndObject();
        }

        private void ministry(int m) throws IOException {
            g.writeStartObject();
            g.writeStringField("organeRef", ministryId(m));
            g.writeStringField("abrege", capitalize(MINISTRIES[m]));
            g.writeStringField("developpe", "Ministère " + MINISTRIES[m]);
            g.writeEndObject();
        }

        private void jo(LocalDate date, int page) throws IOException {
            g.writeStartObject();
            g.writeStringField("typeJO", "JO_QUESTION");
            g.writeStringField("dateJO", date.toString());
            g.writeStringField("pageJO", Integer.toString(page));
            g.writeStringField("numJO", Integer.toString(1 + date.getDayOfYear() / 7));
            g.writeNullField("urlLegifrance");
            g.writeNullField("referenceNOR");
            g.writeEndObject();
        }
    }

    /** Writes a question as one XML document, as in the legislature-XV zips. */
    private static final class QuestionXml {
        private static final String NS = "http://schemas.assemblee-nationale.fr/referentiel";
        private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
        private final XMLStreamWriter w;

        QuestionXml(XMLStreamWriter w) {
            this.w = w;
        }

        void write(Q q) throws XMLStreamException {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("question");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(
                    XSI,
                    "type",
                    q.type.equals("QE")
                            ? "QuestionEcrite_Type"
                            : q.type.equals("QG") ? "QuestionGouvernement_Type" : "QuestionOrale_Type");
            leaf("uid", q.uid);
            w.writeStartElement("identifiant");
            leaf("numero", Integer.toString(q.number));
            leaf("regime", "5ème République");
            leaf("legislature", Integer.toString(q.legislature));
            w.writeEndElement();
            leaf("type", q.type);
            w.writeStartElement("indexationAN");
            leaf("rubrique", q.rubrique);
            w.writeStartElement("ANALYSE");
            leaf("ANA", q.analyse);
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("auteur");
            w.writeStartElement("identite");
            leaf("acteurRef", q.deputy);
            leaf("mandatRef", q.mandate);
            w.writeEndElement();
            w.writeStartElement("groupe");
            leaf("organeRef", groupId(q.legislature, q.group));
            leaf("abrege", GROUP_ABBR[q.group]);
            leaf("developpe", GROUPS[q.group]);
            w.writeEndElement();
            w.writeEndElement();
            ministry("minInt", q.ministries.get(0));
            w.writeStartElement("minAttribs");
            for (int i = 0; i < q.ministries.size(); i++) {
                w.writeStartElement("minAttrib");
                jo(q.attributionDates.get(i), q.page);
                ministry("denomination", q.ministries.get(i));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("textesQuestion");
            w.writeStartElement("texteQuestion");
            jo(q.asked, q.page);
            leaf("texte", q.text);
            nil("erratum");
            w.writeEndElement();
            w.writeEndElement();
            if (q.answer != null) {
                w.writeStartElement("textesReponse");
                w.writeStartElement("texteReponse");
                jo(q.answered, q.page + 7);
                leaf("texte", q.answer);
                w.writeEndElement();
                w.writeEndElement();
            } else {
                nil("textesReponse");
            }
            if (q.answered != null) {
                w.writeStartElement("cloture");
                leaf("codeCloture", q.withdrawn ? "RET" : "REP_PUB");
                leaf("libelleCloture", q.withdrawn ? "Retrait à l'initiative de l'auteur" : "Réponse publiée");
                leaf("dateCloture", q.answered.toString());
                jo(q.answered, q.page + 7);
                w.writeEndElement();
            } else {
                nil("cloture");
            }
            nil("signalement");
            nil("renouvellements");
            w.writeEndElement();
            w.writeEndDocument();
        }

        private void ministry(String element, int m) throws XMLStreamException {
            w.writeStartElement(element);
            leaf("organeRef", ministryId(m));
            leaf("abrege", capitalize(MINISTRIES[m]));
            leaf("developpe", "Ministère " + MINISTRIES[m]);
            w.writeEndElement();
        }

        private void jo(LocalDate date, int page) throws XMLStreamException {
            w.writeStartElement("infoJO");
            leaf("typeJO", "JO_QUESTION");
            leaf("dateJO", date.toString());
            leaf("pageJO", Integer.toString(page));
            leaf("numJO", Integer.toString(1 + date.getDayOfYear() / 7));
            nil("urlLegifrance");
            nil("referenceNOR");
            w.writeEndElement();
        }

        private void leaf(String name, String value) throws XMLStreamException {
            w.writeStartElement(name);
            w.writeCharacters(value);
            w.writeEndElement();
        }

        private void nil(String name) throws XMLStreamException {
            w.writeEmptyElement(name);
            w.writeAttribute(XSI, "nil", "true");
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void writeAmo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("export");
            g.writeStringField("@xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
            g.writeObjectFieldStart("organes");
            g.writeArrayFieldStart("organe");
            for (int legislature = 14; legislature <= 15; legislature++) {
                organ(
                        g,
                        "OrganeParlementaire_Type",
                        "PO" + (legislature * 1000),
                        "ASSEMBLEE",
                        "Assemblée nationale de la " + legislature + "ème législature",
                        "Assemblée",
                        "AN",
                        legislature == 14 ? "2012-06-20" : "2017-06-21",
                        legislature == 14 ? "2017-06-20" : "2022-06-21",
                        null,
                        Integer.toString(legislature));
                for (int i = 0; i < GROUPS.length; i++) {
                    organ(
                            g,
                            "OrganeParlementaire_Type",
                            groupId(legislature, i),
                            "GP",
                            GROUPS[i],
                            GROUP_ABBR[i],
                            GROUP_ABBR[i],
                            legislature == 14 ? "2012-06-26" : "2017-06-27",
                            legislature == 14 ? "2017-06-20" : "2022-06-21",
                            null,
                            Integer.toString(legislature));
                }
            }
            organ(
                    g,
                    "OrganeExterne_Type",
                    "PO899999",
                    "GOUVERNEMENT",
                    "Gouvernement",
                    "GOUVERNEMENT",
                    "GVT",
                    "2012-06-21",
                    "2022-05-16",
                    null,
                    null);
            for (int m = 0; m < MINISTRIES.length; m++) {
                organ(
                        g,
                        "OrganeExterne_Type",
                        ministryId(m),
                        "MINISTERE",
                        "Ministère " + MINISTRIES[m],
                        capitalize(MINISTRIES[m]),
                        "MIN" + m,
                        "2012-06-21",
                        "2022-05-16",
                        "PO899999",
                        null);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("acteurs");
            g.writeArrayFieldStart("acteur");
            for (int legislature = 14; legislature <= 15; legislature++) {
                for (int d = 0; d < DEPUTIES; d++) {
                    actor(g, legislature, d);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void organ(
            JsonGenerator g,
            String type,
            String uid,
            String code,
            String label,
            String abbreviated,
            String abbreviation,
            String from,
            String to,
            String parent,
            String legislature)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("@xsi:type", type);
        g.writeStringField("uid", uid);
        g.writeStringField("codeType", code);
        g.writeStringField("libelle", label);
        g.writeNullField("libelleEdition");
        g.writeStringField("libelleAbrege", abbreviated);
        g.writeStringField("libelleAbrev", abbreviation);
        g.writeObjectFieldStart("viMoDe");
        g.writeStringField("dateDebut", from);
        g.writeNullField("dateAgrement");
        g.writeStringField("dateFin", to);
        g.writeEndObject();
        g.writeStringField("organeParent", parent);
        if (legislature != null) {
            g.writeStringField("legislature", legislature);
        }
        g.writeEndObject();
    }

    /** Opens a mandate object and writes the fields every mandate has; the caller adds the rest and closes it. */
    private static void mandateFields(
            JsonGenerator g,
            String xsiType,
            String uid,
            String actor,
            int legislature,
            String organType,
            String from,
            String to,
            String quality,
            String organ)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("@xsi:type", xsiType);
        g.writeStringField("uid", uid);
        g.writeStringField("acteurRef", actor);
        g.writeStringField("legislature", Integer.toString(legislature));
        g.writeStringField("typeOrgane", organType);
        g.writeStringField("dateDebut", from);
        g.writeStringField("dateFin", to);
        g.writeObjectFieldStart("infosQualite");
        g.writeStringField("codeQualite", quality);
        g.writeEndObject();
        g.writeObjectFieldStart("organes");
        g.writeStringField("organeRef", organ);
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, int legislature, int d) throws IOException {
        String from = legislature == 14 ? "2012-06-20" : "2017-06-21";
        String to = legislature == 14 ? "2017-06-20" : "2022-06-21";
        g.writeStartObject();
        g.writeObjectFieldStart("uid");
        g.writeStringField("@xsi:type", "IdActeur_type");
        g.writeStringField("#text", deputyId(legislature, d));
        g.writeEndObject();
        g.writeObjectFieldStart("etatCivil");
        g.writeObjectFieldStart("ident");
        g.writeStringField("civ", d % 2 == 0 ? "M." : "Mme");
        g.writeStringField("prenom", "Prénom" + d);
        g.writeStringField("nom", "Député" + d);
        g.writeStringField("alpha", "Député" + d);
        g.writeNullField("trigramme");
        g.writeEndObject();
        g.writeNullField("dateDeces");
        g.writeEndObject();
        g.writeObjectFieldStart("mandats");
        g.writeArrayFieldStart("mandat");
        mandateFields(
                g,
                "MandatParlementaire_type",
                mandateId(legislature, d),
                deputyId(legislature, d),
                legislature,
                "ASSEMBLEE",
                from,
                to,
                "membre",
                "PO" + (legislature * 1000));
        g.writeObjectFieldStart("election");
        g.writeObjectFieldStart("lieu");
        g.writeStringField("departement", "Département " + (1 + d % 95));
        g.writeStringField("numDepartement", String.format("%02d", 1 + d % 95));
        g.writeStringField("numCirco", Integer.toString(1 + d / 95));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        mandateFields(
                g,
                "MandatSimple_Type",
                "PM" + (legislature * 100_000 + 50_000 + d),
                deputyId(legislature, d),
                legislature,
                "GP",
                from,
                to,
                "Membre",
                groupId(legislature, groupOf(d)));
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }
}
