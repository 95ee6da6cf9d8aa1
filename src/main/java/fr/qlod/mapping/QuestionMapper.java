package fr.qlod.mapping;

import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Closure;
import fr.qlod.model.Constituency;
import fr.qlod.model.Erratum;
import fr.qlod.model.ErratumTarget;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.ReportCitation;
import fr.qlod.model.Status;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Maps one {@link Question} to quads in its own named graph ({@code {base}graph/question/{uid}}):
 * the question, its links to its legislature, author, group, constituency, ministries and
 * indexing concepts, its allocations, texts, JO publications, answers and their shared text
 * fingerprints, status and closure, signalements, renewals, errata, the reports and
 * recommendations it cites, links to other sites, and the graph's provenance. What the record
 * says about the shared resources themselves (a deputy's name, a ministry's label, a concept's
 * scheme) goes to the context's {@link Mentions}, written once per conversion. Stateless apart
 * from those: safe to share within one conversion.
 *
 * <pre>
 * QuestionMapper mapper = new QuestionMapper(context);
 * out.start();
 * mapper.emit(question, out);
 * context.mentions().emit(out, context);
 * out.finish();
 * </pre>
 *
 * A part that cannot be mapped (no author, a damaged source URL, an unknown département) is left
 * out and reported to the context's warnings as a {@link MappingException}; the rest is emitted.
 */
public final class QuestionMapper {
    private static final DateTimeFormatter LONG_FRENCH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    private final MappingContext context;
    private final Uris uris;
    private final Identities identities;
    private final DerivedFacts derived;

    public QuestionMapper(MappingContext context) {
        this.context = context;
        this.uris = context.uris();
        this.identities = new Identities(context);
        this.derived = new DerivedFacts(context);
    }

    /** Emits the question's quads; never calls {@code start()} or {@code finish()}. */
    public void emit(Question q, StreamRDF out) {
        GraphWriter w = new GraphWriter(out, uris.questionGraph(q.id()));
        GraphWriter shared = GraphWriter.mentions(context.mentions());
        Node question = GraphWriter.iri(uris.question(q.id()));
        attempt(q, "source URL", () -> Provenance.emit(w, context, q.origin(), q.key()));
        identity(w, shared, question, q);
        Optional<String> actor = Optional.empty();
        try {
            actor = author(w, shared, question, q);
        } catch (MappingException e) {
            context.warn(e);
        }
        Optional<String> resolved = actor;
        attempt(q, "group", () -> group(w, shared, question, q, resolved));
        attempt(q, "constituency", () -> constituency(w, shared, question, q));
        attempt(q, "ministries", () -> ministries(w, shared, question, q));
        attempt(q, "indexing", () -> indexing(w, shared, question, q));
        w.fr(question, Qlod.Nodes.questionText, q.text().isEmpty() ? null : q.text());
        if (q.published() != null) {
            w.date(question, DCTerms.issued.asNode(), q.published().date());
            w.add(
                    question,
                    Qlod.Nodes.publishedIn,
                    publication(w, uris.publication(uris.question(q.id())), q.published()));
        } else {
            warn(q, "publication", "the question's JO publication is unknown");
        }
        answers(w, shared, question, q);
        closure(w, question, q);
        for (int i = 0; i < q.signalements().size(); i++) {
            w.add(
                    question,
                    Qlod.Nodes.signalement,
                    publication(
                            w, uris.signalement(q.id(), i + 1), q.signalements().get(i)));
        }
        for (int i = 0; i < q.renewals().size(); i++) {
            w.add(
                    question,
                    Qlod.Nodes.renewal,
                    publication(w, uris.renewal(q.id(), i + 1), q.renewals().get(i)));
        }
        errata(w, question, q);
        attempt(q, "report citations", () -> citations(w, question, q));
        links(w, question, q.id());
        derived.emit(w, question, q);
    }

    private void identity(GraphWriter w, GraphWriter shared, Node question, Question q) {
        QuestionId id = q.id();
        w.type(question, Qlod.Nodes.Question);
        w.type(question, typeClass(id.type()));
        w.string(question, Qlod.Nodes.uid, id.uid());
        w.string(question, DCTerms.identifier.asNode(), id.uid());
        w.integer(question, Qlod.Nodes.number, id.number());
        w.fr(
                question,
                RDFS.Nodes.label,
                id.type().labelFr() + " n° " + id.number() + " (" + ordinalFr(id.legislature()) + " législature)");
        w.en(
                question,
                RDFS.Nodes.label,
                id.type().labelEn() + " no. " + id.number() + " (" + ordinalEn(id.legislature()) + " legislature)");
        w.add(question, Eli.Nodes.work_type, workType(id.type()));
        Node legislature = GraphWriter.iri(uris.legislature(id.legislature()));
        w.add(question, Qlod.Nodes.legislature, legislature);
        shared.type(legislature, Qlod.Nodes.Legislature);
        shared.integer(legislature, Qlod.Nodes.legislatureNumber, id.legislature());
        shared.fr(legislature, RDFS.Nodes.label, ordinalFr(id.legislature()) + " législature");
        shared.en(legislature, RDFS.Nodes.label, ordinalEn(id.legislature()) + " legislature");
        w.add(question, Qlod.Nodes.status, Qlod.status(q.status()).asNode());
    }

    /** Writes the author and returns their actor id when known or resolved. */
    private Optional<String> author(GraphWriter w, GraphWriter shared, Node question, Question q) {
        Author a = q.author();
        if (a == null) {
            throw new MappingException(q.key(), "author", "the source names no author");
        }
        Optional<String> actor = identities.author(q);
        Node person;
        if (actor.isPresent()) {
            person = GraphWriter.iri(uris.person(actor.get()));
            if (a.personId() == null
                    && context.directory().personsNamed(a.fullName()).size() == 1) {
                // the name slug earlier versions published, kept so that old links resolve; never for homonyms
                shared.add(
                        GraphWriter.iri(mint(q, "author", () -> uris.personByName(a.fullName()))),
                        OWL.sameAs.asNode(),
                        person);
            }
        } else {
            Constituency c = q.constituency();
            String department = c == null ? null : c.departmentCode() != null ? c.departmentCode() : c.departmentName();
            person = GraphWriter.iri(
                    mint(q, "author", () -> uris.personByName(a.fullName(), q.id().legislature(), department)));
        }
        w.add(question, Qlod.Nodes.askedBy, person);
        shared.type(person, Qlod.Nodes.Deputy);
        shared.type(person, FOAF.Person.asNode());
        if (a.named() && (actor.isEmpty() || a.personId() != null)) {
            // an author the directory resolved is named by the AMO record of that id, not here
            shared.string(person, FOAF.name.asNode(), a.fullName());
            shared.string(person, FOAF.givenName.asNode(), a.givenName());
            shared.string(person, FOAF.familyName.asNode(), a.familyName());
            ExternalLinks.nosDeputesDeputy(q.id().legislature(), a.givenName(), a.familyName())
                    .ifPresent(url -> shared.link(person, RDFS.Nodes.seeAlso, url));
        }
        if (actor.isEmpty() || a.personId() != null) {
            shared.string(
                    person,
                    FOAF.title.asNode(),
                    a.civility() == null ? null : a.civility().printed());
        }
        if (a.personId() != null) {
            shared.string(person, DCTerms.identifier.asNode(), a.personId());
            shared.string(person, Qlod.Nodes.wikidataP4123, ExternalLinks.wikidataP4123(a.personId()));
            shared.link(person, FOAF.page.asNode(), ExternalLinks.assembleeDeputy(a.personId()));
        }
        if (a.mandateId() != null) {
            w.link(question, Qlod.Nodes.authorMandate, mint(q, "author", () -> uris.mandate(a.mandateId())));
        }
        return actor;
    }

    /** The group at the question's date (see {@link Identities#group}); a slug scoped by legislature when the AMO knows none. */
    private void group(GraphWriter w, GraphWriter shared, Node question, Question q, Optional<String> actor) {
        GroupRef g = q.group();
        if (g != null) {
            w.string(question, Qlod.Nodes.printedGroup, g.label());
        }
        Optional<String> organ = identities.group(q, actor);
        Node group;
        if (organ.isPresent()) {
            group = GraphWriter.iri(uris.organ(organ.get()));
            if (actor.isPresent()
                    && q.published() != null
                    && context.directory()
                            .groupOn(actor.get(), q.published().date())
                            .equals(organ)) {
                w.add(question, Qlod.Nodes.groupAtQuestionTime, group);
            }
        } else if (g != null) {
            group = GraphWriter.iri(mint(
                    q,
                    "group",
                    () -> uris.group(g.abbreviation() != null ? g.abbreviation() : g.name(), q.id().legislature())));
        } else {
            return;
        }
        w.add(question, Qlod.Nodes.group, group);
        shared.type(group, Qlod.Nodes.PoliticalGroup);
        if (g != null && (organ.isEmpty() || organ.get().equals(g.organId()))) {
            // a group the directory resolved is named by its AMO record; one the source names by id or not at all, here
            shared.type(group, ORG.Organization.asNode());
            shared.fr(group, RDFS.Nodes.label, g.label());
            shared.string(group, Qlod.Nodes.abbreviation, g.abbreviation());
        }
    }

    private void constituency(GraphWriter w, GraphWriter shared, Node question, Question q) {
        if (q.constituency() == null) {
            return;
        }
        w.add(
                question,
                Qlod.Nodes.constituency,
                mint(q, "constituency", () -> Places.constituency(shared, uris, q.constituency())));
        if (q.constituency().departmentCode() == null) {
            throw new MappingException(
                    q.key(),
                    "constituency",
                    "no INSEE code for the département '" + q.constituency().departmentName() + "'");
        }
    }

    private void ministries(GraphWriter w, GraphWriter shared, Node question, Question q) {
        MinistryRef questioned = q.questioned();
        if (questioned != null) {
            w.add(question, Qlod.Nodes.addressedTo, ministry(shared, questioned, q));
            Optional<String> organ = identities.ministry(
                    q, questioned, q.published() == null ? null : q.published().date());
            if (questioned.organId() == null) {
                organ.ifPresent(o -> w.add(question, Qlod.Nodes.addressedToOrgan, ministryOrgan(shared, o)));
            }
        }
        List<Allocation> allocations = q.allocations();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            String iri = uris.allocation(q.id(), i + 1);
            Node allocation = GraphWriter.iri(iri);
            w.add(question, Qlod.Nodes.allocation, allocation);
            w.type(allocation, Qlod.Nodes.Allocation);
            w.add(allocation, Qlod.Nodes.allocatedTo, ministry(shared, a.ministry(), q));
            w.date(allocation, Qlod.Nodes.allocationDate, a.date());
            w.fr(
                    allocation,
                    RDFS.Nodes.label,
                    "Attribution n° " + (i + 1) + " : " + a.ministry().name()
                            + (a.date() == null ? "" : " (" + LONG_FRENCH.format(a.date()) + ")"));
            // an undated first allocation is the question's own, made when it was published
            LocalDate allocated = a.date() != null
                    ? a.date()
                    : i == 0 && q.published() != null ? q.published().date() : null;
            Optional<String> organ = identities.ministry(q, a.ministry(), allocated);
            if (a.ministry().organId() == null) {
                organ.ifPresent(o -> w.add(allocation, Qlod.Nodes.allocatedToOrgan, ministryOrgan(shared, o)));
            }
            if (a.jo() != null) {
                w.add(allocation, Qlod.Nodes.publishedIn, publication(w, uris.publication(iri), a.jo()));
            }
        }
        if (q.attributaire() != null) {
            w.add(question, Qlod.Nodes.currentlyAllocatedTo, ministry(shared, q.attributaire(), q));
        }
    }

    /** Describes a ministry to {@code shared} and returns its node. */
    private Node ministry(GraphWriter shared, MinistryRef m, Question q) {
        Node ministry = GraphWriter.iri(
                Uris.isOrganId(m.organId())
                        ? uris.organ(m.organId())
                        : mint(q, "ministries", () -> uris.ministry(m.name())));
        shared.type(ministry, Qlod.Nodes.Ministry);
        shared.type(ministry, ORG.Organization.asNode());
        shared.fr(ministry, RDFS.Nodes.label, m.name());
        shared.fr(ministry, SKOS.altLabel.asNode(), m.fullName());
        return ministry;
    }

    private Node ministryOrgan(GraphWriter shared, String organId) {
        Node organ = GraphWriter.iri(uris.organ(organId));
        shared.type(organ, Qlod.Nodes.Ministry);
        return organ;
    }

    private void indexing(GraphWriter w, GraphWriter shared, Node question, Question q) {
        Indexing ix = q.indexing();
        concept(
                w,
                shared,
                question,
                Qlod.Nodes.rubrique,
                Qlod.Nodes.RubriqueScheme,
                ix.rubrique(),
                label -> mint(q, "indexing", () -> uris.rubrique(label)));
        concept(
                w,
                shared,
                question,
                Qlod.Nodes.teteAnalyse,
                Qlod.Nodes.TeteAnalyseScheme,
                ix.teteAnalyse(),
                label -> mint(q, "indexing", () -> uris.teteAnalyse(label)));
        for (String analyse : ix.analyses()) {
            concept(
                    w,
                    shared,
                    question,
                    Qlod.Nodes.analyse,
                    Qlod.Nodes.AnalyseScheme,
                    analyse,
                    label -> mint(q, "indexing", () -> uris.analyse(label)));
        }
        w.fr(
                question,
                DCTerms.title.asNode(),
                ix.title() != null ? ix.title() : ix.teteAnalyse() == null ? null : capitalised(ix.teteAnalyse()));
    }

    private static void concept(
            GraphWriter w,
            GraphWriter shared,
            Node question,
            Node property,
            Node scheme,
            String label,
            java.util.function.Function<String, String> iri) {
        if (label == null) {
            return;
        }
        String prefLabel = capitalised(label);
        Node concept = GraphWriter.iri(iri.apply(prefLabel));
        w.add(question, property, concept);
        shared.type(concept, SKOS.Concept.asNode());
        shared.fr(concept, SKOS.prefLabel.asNode(), prefLabel);
        shared.add(concept, SKOS.inScheme.asNode(), scheme);
    }

    private void answers(GraphWriter w, GraphWriter shared, Node question, Question q) {
        List<Answer> answers = q.answers();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            String iri = uris.answer(q.id(), i + 1);
            Node answer = GraphWriter.iri(iri);
            w.add(question, Qlod.Nodes.answer, answer);
            w.type(answer, Qlod.Nodes.Answer);
            w.add(answer, Qlod.Nodes.answerTo, question);
            String to = "à la " + q.id().type().labelFr().toLowerCase(Locale.ROOT) + " n° " + q.id().number();
            w.fr(answer, RDFS.Nodes.label, (i == 0 ? "Réponse " : "Réponse n° " + (i + 1) + " ") + to);
            w.date(answer, DCTerms.issued.asNode(), a.publication().date());
            w.add(answer, Qlod.Nodes.publishedIn, publication(w, uris.publication(iri), a.publication()));
            MinistryRef body = answeringBody(q, a.publication().date());
            if (body != null) {
                attempt(q, "answering ministry", () -> {
                    w.add(answer, Qlod.Nodes.answeringBody, ministry(shared, body, q));
                    Optional<String> organ =
                            identities.ministry(q, body, a.publication().date());
                    if (body.organId() == null) {
                        organ.ifPresent(o -> w.add(answer, Qlod.Nodes.answeringBodyOrgan, ministryOrgan(shared, o)));
                    }
                });
            }
            if (!a.text().isEmpty()) {
                w.fr(answer, Qlod.Nodes.answerText, a.text());
                String fingerprint = IdenticalAnswers.fingerprint(a.text());
                Node text = GraphWriter.iri(uris.answerText(fingerprint));
                w.add(answer, Qlod.Nodes.hasAnswerText, text);
                w.type(text, Qlod.Nodes.AnswerText);
                w.string(text, Qlod.Nodes.fingerprint, fingerprint);
            }
        }
        if (answers.isEmpty() && q.closure() != null && q.closure().status() == Status.ANSWERED) {
            warn(q, "answer", "the closure says answered but the source gives no answer");
        }
    }

    /** The ministry allocated when the answer appeared: the latest allocation dated no later, else the current one. */
    private static MinistryRef answeringBody(Question q, LocalDate answered) {
        MinistryRef body = null;
        for (Allocation a : q.allocations()) {
            if (a.date() != null && !a.date().isAfter(answered)) {
                body = a.ministry();
            }
        }
        return body != null ? body : q.attributaire();
    }

    private void closure(GraphWriter w, Node question, Question q) {
        Closure c = q.closure();
        if (c == null) {
            return;
        }
        w.string(question, Qlod.Nodes.closureCode, c.code());
        if (c.status().isWithdrawn()) {
            w.date(question, Qlod.Nodes.withdrawalDate, c.date());
            w.fr(question, Qlod.Nodes.withdrawalReason, c.reason());
        } else {
            w.date(question, Qlod.Nodes.closureDate, c.date());
        }
        if (c.jo() != null) {
            w.add(
                    question,
                    Qlod.Nodes.closurePublishedIn,
                    publication(w, uris.publication(uris.closure(q.id())), c.jo()));
        }
    }

    private void errata(GraphWriter w, Node question, Question q) {
        for (int i = 0; i < q.errata().size(); i++) {
            Erratum e = q.errata().get(i);
            String iri = uris.erratum(q.id(), i + 1);
            Node erratum = GraphWriter.iri(iri);
            w.add(question, Qlod.Nodes.erratum, erratum);
            w.type(erratum, Qlod.Nodes.Erratum);
            boolean ofAnswer =
                    e.target() == ErratumTarget.ANSWER && !q.answers().isEmpty();
            w.add(erratum, Qlod.Nodes.corrects, ofAnswer ? GraphWriter.iri(uris.answer(q.id(), 1)) : question);
            w.fr(
                    erratum,
                    RDFS.Nodes.label,
                    (e.target() == ErratumTarget.ANSWER ? "Erratum de la réponse" : "Erratum de la question") + " ("
                            + LONG_FRENCH.format(e.publication().date()) + ")");
            w.fr(erratum, Qlod.Nodes.erratumText, e.text());
            w.add(erratum, Qlod.Nodes.publishedIn, publication(w, uris.publication(iri), e.publication()));
        }
    }

    private void citations(GraphWriter w, Node question, Question q) {
        for (ReportCitation c : ReportCitationExtractor.extract(q.text())) {
            String slug = ReportCitationExtractor.reportSlug(c);
            Node report = GraphWriter.iri(uris.report(slug));
            w.type(report, Qlod.Nodes.Report);
            w.fr(report, Qlod.Nodes.reportAuthor, c.reportAuthor());
            w.date(report, Qlod.Nodes.reportDate, c.reportDate());
            w.fr(
                    report,
                    RDFS.Nodes.label,
                    "Rapport" + (c.reportDate() == null ? "" : " du " + LONG_FRENCH.format(c.reportDate())) + " ("
                            + c.reportAuthor() + ")");
            Node recommendation = GraphWriter.iri(uris.recommendation(slug, c.number()));
            w.type(recommendation, Qlod.Nodes.Recommendation);
            w.integer(recommendation, Qlod.Nodes.recommendationNumber, c.number());
            w.string(
                    recommendation,
                    Qlod.Nodes.recommendationKind,
                    c.kind().name().toLowerCase(Locale.ROOT));
            w.add(recommendation, Qlod.Nodes.recommendationOf, report);
            w.fr(recommendation, RDFS.Nodes.label, kindLabel(c) + " n° " + c.number());
            w.add(question, Qlod.Nodes.cites, recommendation);
        }
    }

    private void links(GraphWriter w, Node question, QuestionId id) {
        w.link(question, FOAF.page.asNode(), ExternalLinks.assembleeQuestion(id));
        ExternalLinks.nosDeputesQuestion(id).ifPresent(url -> w.link(question, RDFS.Nodes.seeAlso, url));
    }

    /** Writes a JO publication resource and returns its node. */
    private static Node publication(GraphWriter w, String iri, JoPublication jo) {
        Node pub = GraphWriter.iri(iri);
        w.type(pub, Qlod.Nodes.JoPublication);
        w.date(pub, Qlod.Nodes.joDate, jo.date());
        w.integer(pub, Qlod.Nodes.joPage, jo.page());
        w.integer(pub, Qlod.Nodes.joNumber, jo.number());
        if (jo.type() != null) {
            w.add(pub, Qlod.Nodes.joType, Qlod.joType(jo.type()).asNode());
        }
        if (ExternalLinks.isWebUrl(jo.legifranceUrl())) {
            w.link(pub, RDFS.Nodes.seeAlso, jo.legifranceUrl());
        }
        w.fr(
                pub,
                RDFS.Nodes.label,
                "JO du " + LONG_FRENCH.format(jo.date()) + (jo.page() == null ? "" : ", page " + jo.page()));
        return pub;
    }

    private void attempt(Question q, String part, Runnable mapping) {
        try {
            mapping.run();
        } catch (MappingException e) {
            context.warn(e);
        }
    }

    /**
     * Mints an IRI from what the source printed; a name or id {@link Uris} cannot make an IRI of
     * (nothing but punctuation, a malformed id) is a {@link MappingException} of that part.
     */
    private static <T> T mint(Question q, String part, Supplier<T> iri) {
        try {
            return iri.get();
        } catch (IllegalArgumentException e) {
            throw new MappingException(q.key(), part, e.getMessage());
        }
    }

    private void warn(Question q, String part, String detail) {
        context.warn(new MappingException(q.key(), part, detail));
    }

    private static Node typeClass(QuestionType type) {
        switch (type) {
            case QE:
                return Qlod.Nodes.WrittenQuestion;
            case QOSD:
                return Qlod.Nodes.OralQuestion;
            default:
                return Qlod.Nodes.GovernmentQuestion;
        }
    }

    private static Node workType(QuestionType type) {
        switch (type) {
            case QE:
                return ResourceType.Nodes.QUEST_WRITTEN;
            case QOSD:
                return ResourceType.Nodes.QUEST_ORAL;
            default:
                return ResourceType.Nodes.QUEST_TIME;
        }
    }

    private static String kindLabel(ReportCitation c) {
        switch (c.kind()) {
            case PROPOSITION:
                return "Proposition";
            case PRECONISATION:
                return "Préconisation";
            default:
                return "Recommandation";
        }
    }

    static String ordinalFr(int n) {
        return n + (n == 1 ? "re" : "e");
    }

    static String ordinalEn(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13
                ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    static String capitalised(String label) {
        String t = label.strip();
        return t.isEmpty()
                ? t
                : t.substring(0, t.offsetByCodePoints(0, 1)).toUpperCase(Locale.FRENCH)
                        + t.substring(t.offsetByCodePoints(0, 1));
    }
}
