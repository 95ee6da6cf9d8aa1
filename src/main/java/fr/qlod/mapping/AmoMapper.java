package fr.qlod.mapping;

import fr.qlod.model.Mandate;
import fr.qlod.model.Organ;
import fr.qlod.model.OrganType;
import fr.qlod.model.Person;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Maps AMO people, mandates and organs, each into its own named graph: people with FOAF (and
 * {@code qlod:Deputy} when a deputy's mandate is known, in the record or the directory),
 * mandates as {@code org:Membership} that only refer to their person and organ (described in
 * their own graphs), organs as {@code org:Organization} subclasses. Reconciles
 * the name-only IRIs that question sources produce: {@code person/thierry-lazaro owl:sameAs
 * person/PA1857}; an organ links to the name-only ministry or group it is a version of with
 * {@code qlod:portfolio} (not {@code owl:sameAs}: successive governments each have a "Justice").
 * A mandate is mapped once per conversion, from the first record that gives it, whether embedded
 * in its person or on its own.
 */
final class AmoMapper {
    private final MappingContext context;
    private final Uris uris;
    private final KeySet mandatesMapped = new KeySet();

    AmoMapper(MappingContext context) {
        this.context = context;
        this.uris = context.uris();
    }

    void person(Person p, StreamRDF out) {
        GraphWriter w = new GraphWriter(out, uris.personGraph(p.id()));
        provenance(w, p.id(), p.origin());
        Node person = GraphWriter.iri(uris.person(p.id()));
        w.type(person, FOAF.Person.asNode());
        if (p.mandates().stream().anyMatch(m -> m.organType() == OrganType.ASSEMBLEE)
                || context.directory().isDeputy(p.id())) {
            w.type(person, Qlod.Nodes.Deputy);
        }
        w.string(person, DCTerms.identifier.asNode(), p.id());
        w.string(person, FOAF.name.asNode(), p.fullName());
        w.string(person, FOAF.givenName.asNode(), p.givenName());
        w.string(person, FOAF.familyName.asNode(), p.familyName());
        w.string(
                person,
                FOAF.title.asNode(),
                p.civility() == null ? null : p.civility().printed());
        w.date(person, Qlod.Nodes.birthDate, p.birthDate());
        w.string(person, Qlod.Nodes.birthPlace, p.birthPlace());
        w.string(person, Qlod.Nodes.wikidataP4123, ExternalLinks.wikidataP4123(p.id()));
        w.link(person, FOAF.page.asNode(), ExternalLinks.assembleeDeputy(p.id()));
        if (context.directory().personsNamed(p.fullName()).size() <= 1) {
            // the name-only alias must not join two homonyms
            try {
                w.add(GraphWriter.iri(uris.personByName(p.fullName())), OWL.sameAs.asNode(), person);
            } catch (IllegalArgumentException e) {
                context.warn(new MappingException(p.id(), "name", e.getMessage()));
            }
        }
        Set<Integer> legislatures = new LinkedHashSet<>();
        p.mandates().stream()
                .filter(m -> m.organType() == OrganType.ASSEMBLEE && m.legislature() != null)
                .forEach(m -> legislatures.add(m.legislature()));
        for (int legislature : legislatures) {
            ExternalLinks.nosDeputesDeputy(legislature, p.givenName(), p.familyName())
                    .ifPresent(url -> w.link(person, RDFS.Nodes.seeAlso, url));
        }
        for (Mandate m : p.mandates()) {
            mandate(m, out);
        }
    }

    void mandate(Mandate m, StreamRDF out) {
        // exports that embed mandates in their acteur and also give them as files hold two snapshots of one mandate
        if (!mandatesMapped.add(m.id())) {
            context.warn(new MappingException(
                    m.id(), "mandate read again from " + m.origin().location(), "the one read first is kept"));
            return;
        }
        GraphWriter w = new GraphWriter(out, uris.mandateGraph(m.id()));
        provenance(w, m.id(), m.origin());
        Node mandate = GraphWriter.iri(uris.mandate(m.id()));
        Node person = GraphWriter.iri(uris.person(m.personId()));
        Node organ = GraphWriter.iri(uris.organ(m.organId()));
        w.type(mandate, ORG.Membership.asNode());
        w.string(mandate, DCTerms.identifier.asNode(), m.id());
        String organLabel = context.directory().organLabel(m.organId());
        w.fr(mandate, RDFS.Nodes.label, MandateLabels.fr(m, organLabel));
        w.en(mandate, RDFS.Nodes.label, MandateLabels.en(m, organLabel));
        if (m.endsBeforeStart()) {
            context.warn(MappingException.keptAsPublished(
                    m.id(),
                    "period",
                    "it ends (" + m.end() + ") before it starts (" + m.start()
                            + "), as cancelled mandates are published; never in force"));
        }
        w.add(mandate, ORG.member.asNode(), person);
        w.add(mandate, ORG.organization.asNode(), organ);
        if (m.quality() != null) {
            Node role = GraphWriter.iri(uris.role(m.quality()));
            w.add(mandate, ORG.role.asNode(), role);
            w.type(role, ORG.Role.asNode());
            w.fr(role, RDFS.Nodes.label, m.quality());
        }
        Node period = GraphWriter.iri(uris.mandatePeriod(m.id()));
        w.add(mandate, ORG.memberDuring.asNode(), period);
        w.type(period, Time.Nodes.Interval);
        w.date(period, Qlod.Nodes.startDate, m.start());
        w.date(period, Qlod.Nodes.endDate, m.end());
        if (m.legislature() != null) {
            w.link(mandate, Qlod.Nodes.legislature, uris.legislature(m.legislature()));
        }
        if (m.constituency() != null) {
            w.add(mandate, Qlod.Nodes.constituency, Places.constituency(w, uris, m.constituency()));
        }
    }

    void organ(Organ o, StreamRDF out) {
        GraphWriter w = new GraphWriter(out, uris.organGraph(o.id()));
        provenance(w, o.id(), o.origin());
        Node organ = GraphWriter.iri(uris.organ(o.id()));
        w.type(organ, ORG.Organization.asNode());
        Node typeClass = organClass(o.type());
        if (typeClass != null) {
            w.type(organ, typeClass);
        }
        w.string(organ, DCTerms.identifier.asNode(), o.id());
        w.fr(organ, RDFS.Nodes.label, o.label());
        w.fr(organ, SKOS.altLabel.asNode(), o.shortLabel());
        w.string(organ, Qlod.Nodes.abbreviation, o.abbreviation());
        w.string(organ, Qlod.Nodes.organTypeCode, o.typeCode());
        w.date(organ, Qlod.Nodes.startDate, o.start());
        w.date(organ, Qlod.Nodes.endDate, o.end());
        if (o.parentId() != null) {
            w.link(organ, ORG.subOrganizationOf.asNode(), uris.organ(o.parentId()));
        }
        if (o.legislature() != null) {
            Node legislature = GraphWriter.iri(uris.legislature(o.legislature()));
            w.add(organ, Qlod.Nodes.legislature, legislature);
            if (o.type() == OrganType.ASSEMBLEE) {
                w.add(organ, OWL.sameAs.asNode(), legislature);
            }
        }
        Set<String> portfolios = new LinkedHashSet<>();
        try {
            if (o.type() == OrganType.MINISTERE) {
                portfolios.add(uris.ministry(o.shortLabel() != null ? o.shortLabel() : o.label()));
            } else if (o.type() == OrganType.GP) {
                for (String name : new String[] {o.abbreviation(), o.shortLabel(), o.label()}) {
                    if (name != null) {
                        portfolios.add(uris.group(name));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            context.warn(new MappingException(o.id(), "name-only IRI", e.getMessage()));
        }
        for (String portfolio : portfolios) {
            w.link(organ, Qlod.Nodes.portfolio, portfolio);
        }
    }

    private void provenance(GraphWriter w, String key, fr.qlod.model.Origin origin) {
        try {
            Provenance.emit(w, context, origin, key);
        } catch (MappingException e) {
            context.warn(e);
        }
    }

    private static Node organClass(OrganType type) {
        switch (type) {
            case GP:
                return Qlod.Nodes.PoliticalGroup;
            case MINISTERE:
                return Qlod.Nodes.Ministry;
            case GOUVERNEMENT:
                return Qlod.Nodes.Government;
            case ASSEMBLEE:
                return Qlod.Nodes.Legislature;
            default:
                return null;
        }
    }
}
