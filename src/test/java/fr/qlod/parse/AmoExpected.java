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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the fixtures under {@code source/amo/} hold, as the records both AMO readers must
 * produce: the JSON and XML fixtures carry the same content, so one set of expected values
 * checks the shared mapping in both formats.
 */
final class AmoExpected {
    static final Path DIR = resource("source/amo");

    private AmoExpected() {}

    static Path resource(String name) {
        try {
            return Path.of(AmoExpected.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Origin origin(SourceFormat format, Path file) {
        return new Origin(format, file.toString(), null);
    }

    static Origin origin(SourceFormat format, String name) {
        return new Origin(format, name, null);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thierry Lazaro and his three mandates of the 14th legislature (Assemblée, UMP, R-UMP). */
    static Person lazaro(Origin o) {
        return new Person(
                "PA1857",
                o,
                Civility.M,
                "Thierry",
                "Lazaro",
                LocalDate.of(1960, 9, 27),
                "Lille",
                List.of(
                        lazaroDeputy(o),
                        new Mandate(
                                "PM656428",
                                o,
                                "PA1857",
                                "PO656006",
                                OrganType.GP,
                                14,
                                LocalDate.of(2012, 6, 26),
                                LocalDate.of(2012, 11, 27),
                                "Membre",
                                null),
                        new Mandate(
                                "PM685005",
                                o,
                                "PA1857",
                                "PO684957",
                                OrganType.GP,
                                14,
                                LocalDate.of(2012, 11, 27),
                                LocalDate.of(2013, 1, 15),
                                "Membre",
                                null)));
    }

    /** His deputy mandate for the 6th constituency of the Nord. */
    static Mandate lazaroDeputy(Origin o) {
        return new Mandate(
                "PM645505",
                o,
                "PA1857",
                "PO644420",
                OrganType.ASSEMBLEE,
                14,
                LocalDate.of(2012, 6, 20),
                LocalDate.of(2017, 6, 20),
                "membre",
                new Constituency("59", "Nord", 6, "Hauts-de-France"));
    }

    /** An invented deputy for Corse-du-Sud, with a running party mandate that lists two organs. */
    static Person casanova(Origin o) {
        return new Person(
                "PA719001",
                o,
                Civility.MME,
                "Maëlle",
                "Casanova",
                LocalDate.of(1975, 3, 14),
                "Ajaccio",
                List.of(
                        new Mandate(
                                "PM900101",
                                o,
                                "PA719001",
                                "PO717460",
                                OrganType.ASSEMBLEE,
                                15,
                                LocalDate.of(2017, 6, 21),
                                null,
                                "membre",
                                new Constituency("2A", "Corse-du-Sud", 1, "Corse")),
                        new Mandate(
                                "PM900102",
                                o,
                                "PA719001",
                                "PO730001",
                                OrganType.OTHER,
                                null,
                                LocalDate.of(2016, 1, 1),
                                null,
                                "Membre",
                                null)));
    }

    /** An invented deputy for La Réunion whose single mandate is an object, not a list. */
    static Person hoarau(Origin o) {
        return new Person(
                "PA719002",
                o,
                Civility.M,
                "Jean-Baptiste",
                "Hoarau",
                LocalDate.of(1968, 11, 2),
                "Saint-Denis",
                List.of(new Mandate(
                        "PM900201",
                        o,
                        "PA719002",
                        "PO717460",
                        OrganType.ASSEMBLEE,
                        15,
                        LocalDate.of(2017, 6, 21),
                        LocalDate.of(2022, 6, 21),
                        "membre",
                        new Constituency("974", "La Réunion", 2, "La Réunion"))));
    }

    static Organ legislature14(Origin o) {
        return new Organ(
                "PO644420",
                o,
                OrganType.ASSEMBLEE,
                "ASSEMBLEE",
                "Assemblée nationale de la 14ème législature",
                "Assemblée",
                "AN",
                LocalDate.of(2012, 6, 20),
                LocalDate.of(2017, 6, 20),
                null,
                14);
    }

    static Organ ump(Origin o) {
        return new Organ(
                "PO656006",
                o,
                OrganType.GP,
                "GP",
                "Union pour un Mouvement Populaire",
                "UMP",
                "UMP",
                LocalDate.of(2012, 6, 26),
                LocalDate.of(2015, 6, 1),
                null,
                14);
    }

    static Organ rump(Origin o) {
        return new Organ(
                "PO684957",
                o,
                OrganType.GP,
                "GP",
                "Rassemblement - Union pour un Mouvement Populaire",
                "Rassemblement-UMP",
                "R-UMP",
                LocalDate.of(2012, 11, 27),
                LocalDate.of(2013, 1, 15),
                null,
                14);
    }

    static Organ valls1(Origin o) {
        return new Organ(
                "PO700706",
                o,
                OrganType.GOUVERNEMENT,
                "GOUVERNEMENT",
                "Gouvernement",
                "VALLS",
                "GVT",
                LocalDate.of(2014, 4, 1),
                LocalDate.of(2014, 8, 25),
                null,
                null);
    }

    /** The ministry of justice of Valls 1; its label is printed with a no-break space. */
    static Organ justiceValls1(Origin o) {
        return new Organ(
                "PO700722",
                o,
                OrganType.MINISTERE,
                "MINISTERE",
                "Ministère de la justice",
                "Justice",
                "JUS",
                LocalDate.of(2014, 4, 3),
                LocalDate.of(2014, 8, 26),
                "PO700706",
                null);
    }

    static Organ justiceValls2(Origin o) {
        return new Organ(
                "PO702926",
                o,
                OrganType.MINISTERE,
                "MINISTERE",
                "Ministère de la justice",
                "Justice",
                "JUS",
                LocalDate.of(2014, 8, 27),
                LocalDate.of(2016, 1, 27),
                "PO702883",
                null);
    }

    /** The combined export, in document order: five organes, then three acteurs. */
    static List<Entity> export(Origin o) {
        return List.of(
                legislature14(o), ump(o), rump(o), valls1(o), justiceValls1(o), lazaro(o), casanova(o), hoarau(o));
    }

    /** The per-entity files of one format's folder, in file-name order. */
    static List<Entity> perEntity(SourceFormat format, Path folder, String extension) {
        List<Entity> expected = new ArrayList<>();
        expected.add(lazaro(origin(format, folder.resolve("PA1857." + extension))));
        expected.add(hoarau(origin(format, folder.resolve("PA719002." + extension))));
        expected.add(lazaroDeputy(origin(format, folder.resolve("PM645505." + extension))));
        expected.add(justiceValls1(origin(format, folder.resolve("PO700722." + extension))));
        expected.add(justiceValls2(origin(format, folder.resolve("PO702926." + extension))));
        return expected;
    }
}
