package fr.qlod;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The layering of qlod's packages, bottom to top: the root package ({@link QlodException}, {@link Progress}),
 * then {@code model ← parse ← mapping ← store ← web ← cli}; {@code harvest} stands on {@code model} and serves
 * {@code cli} only; {@code query} stands on {@code parse} and serves {@code web} and {@code cli}. And each
 * package's public surface: the types other packages may use. A failure names the rule broken; a new public
 * type is added to its package's list here, on purpose.
 */
@AnalyzeClasses(
        packages = "fr.qlod",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    /**
     * Each package (by its name under {@code fr.qlod}, "" for the root) and the qlod packages it may use besides
     * itself. {@code cli} is the top: it may use them all. {@link SourceLayeringTest} checks the same table on the
     * source text, for what the bytecode does not show (a constant of another package, which javac copies in).
     */
    static final Map<String, List<String>> MAY_USE = layers();

    @ArchTest
    static final ArchRule ROOT = mayUseOnly("");

    @ArchTest
    static final ArchRule MODEL = mayUseOnly("model");

    @ArchTest
    static final ArchRule PARSE = mayUseOnly("parse");

    @ArchTest
    static final ArchRule MAPPING = mayUseOnly("mapping");

    @ArchTest
    static final ArchRule STORE = mayUseOnly("store");

    @ArchTest
    static final ArchRule WEB = mayUseOnly("web");

    @ArchTest
    static final ArchRule HARVEST = mayUseOnly("harvest");

    @ArchTest
    static final ArchRule QUERY = mayUseOnly("query");

    @ArchTest
    static final ArchRule ROOT_SURFACE = publicSurface("", "QlodException", "Progress");

    @ArchTest
    static final ArchRule MODEL_SURFACE = publicSurface(
            "model",
            "Allocation",
            "Answer",
            "Author",
            "Civility",
            "Closure",
            "Constituency",
            "Departements",
            "Entity",
            "Erratum",
            "ErratumTarget",
            "Fold",
            "GroupRef",
            "Indexing",
            "JoPublication",
            "JoType",
            "Mandate",
            "MinistryRef",
            "Organ",
            "OrganType",
            "Origin",
            "Person",
            "Question",
            "QuestionId",
            "QuestionType",
            "RecommendationKind",
            "ReportCitation",
            "SourceFormat",
            "Status");

    @ArchTest
    static final ArchRule PARSE_SURFACE = publicSurface(
            "parse",
            "Completeness",
            "Decoding",
            "ErrorPolicy",
            "FicheHtmlReader",
            "FrenchDates",
            "Input",
            "Names",
            "Problems",
            "QuestionReader",
            "SourceFormatException",
            "Sources",
            "Texts",
            "XmlViewReader");

    @ArchTest
    static final ArchRule MAPPING_SURFACE = publicSurface(
            "mapping",
            "Conversion",
            "Directory",
            "Eli",
            "EntityMapper",
            "IdenticalAnswers",
            "KeySet",
            "MappingContext",
            "MappingException",
            "Mentions",
            "Ontology",
            "Prov",
            "Qlod",
            "PreferredLabel",
            "QuestionMapper",
            "ReportCitationExtractor",
            "Resolution",
            "ResolutionReport",
            "ResourceType",
            "Time",
            "Uris");

    @ArchTest
    static final ArchRule STORE_SURFACE = publicSurface(
            "store",
            "Delays",
            "LoadResult",
            "QuestionStore",
            "RemoteLoadResult",
            "RemoteProtocol",
            "RemoteTarget",
            "StoreException");

    @ArchTest
    static final ArchRule WEB_SURFACE = publicSurface("web", "QlodServer");

    @ArchTest
    static final ArchRule CLI_SURFACE = publicSurface("cli", "Main");

    @ArchTest
    static final ArchRule HARVEST_SURFACE = publicSurface("harvest", "HarvestReport", "HarvestSettings", "Harvester");

    @ArchTest
    static final ArchRule QUERY_SURFACE = publicSurface("query", "SampleQuery");

    static String pkg(String name) {
        return name.isEmpty() ? "fr.qlod" : "fr.qlod." + name;
    }

    private static Map<String, List<String>> layers() {
        Map<String, List<String>> layers = new LinkedHashMap<>();
        layers.put("", List.of());
        layers.put("model", List.of(""));
        layers.put("parse", List.of("", "model"));
        layers.put("mapping", List.of("", "model", "parse"));
        layers.put("store", List.of("", "model", "parse", "mapping"));
        layers.put("web", List.of("", "model", "parse", "mapping", "store", "query"));
        layers.put("harvest", List.of("", "model"));
        layers.put("query", List.of("", "model", "parse"));
        layers.put("cli", List.of("", "model", "parse", "mapping", "store", "web", "harvest", "query"));
        return Collections.unmodifiableMap(layers);
    }

    /** The rule's name, as both tests print it. */
    static String layeringRule(String name) {
        List<String> others =
                MAY_USE.get(name).stream().filter(a -> !a.isEmpty()).toList();
        return "layering: " + (name.isEmpty() ? "the root package" : name) + " uses "
                + (others.isEmpty()
                        ? "no other qlod package"
                        : "only " + String.join(", ", others) + " and the root package")
                + " (order: model <- parse <- mapping <- store <- web <- cli; harvest on model; query on parse)";
    }

    /** Classes of package {@code name} use no qlod package but their own and those {@link #MAY_USE} allows. */
    private static ArchRule mayUseOnly(String name) {
        String[] packages =
                MAY_USE.get(name).stream().map(ArchitectureTest::pkg).toArray(String[]::new);
        String rule = layeringRule(name);
        return noClasses()
                .that()
                .resideInAPackage(pkg(name))
                .should()
                .dependOnClassesThat(resideInAPackage("fr.qlod..")
                        .and(not(resideInAPackage(pkg(name))))
                        .and(not(resideInAnyPackage(packages))))
                .as(rule);
    }

    /** The public top-level types of package {@code name} are exactly {@code types} (their nested types go with them). */
    private static ArchRule publicSurface(String name, String... types) {
        String names = Arrays.stream(types).collect(Collectors.joining("|"));
        String rule = "public surface of " + (name.isEmpty() ? "the root package" : name) + ": "
                + String.join(", ", types) + " (make anything else package-private, or add it to this rule)";
        return noClasses()
                .that()
                .resideInAPackage(pkg(name))
                .and(not(nameMatching("\\Q" + pkg(name) + ".\\E(" + names + ")(\\$.*)?")))
                .and(not(nameMatching(".*\\.package-info")))
                // the templates precompiled by JTE's Maven plugin, which writes them public
                .and(not(nameMatching(".*\\.Jte[A-Za-z0-9]*Generated")))
                .should()
                .bePublic()
                .allowEmptyShould(true)
                .as(rule);
    }
}
