package fr.qlod.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The qlod vocabulary, {@code https://w3id.org/qlod#}, as defined in {@code ontology/qlod.ttl}.
 * The namespace is the same for every deployment. Status and JO edition concepts are
 * looked up with {@link #status(fr.qlod.model.Status)} and {@link #joType(fr.qlod.model.JoType)}.
 */
public final class Qlod {
    /** The namespace, {@code https://w3id.org/qlod#}. */
    public static final String NS = "https://w3id.org/qlod#";
    /** The ontology document's IRI. */
    public static final String ONTOLOGY = "https://w3id.org/qlod";
    /**
     * The statistics graph: figures counted over the whole store at each load into it (the same
     * for every deployment, so that queries naming it are portable).
     */
    public static final String STATISTICS_GRAPH = "https://w3id.org/qlod/statistics";

    // Classes
    public static final Resource Question = resource("Question");
    public static final Resource WrittenQuestion = resource("WrittenQuestion");
    public static final Resource OralQuestion = resource("OralQuestion");
    public static final Resource GovernmentQuestion = resource("GovernmentQuestion");
    public static final Resource Answer = resource("Answer");
    public static final Resource AnswerText = resource("AnswerText");
    public static final Resource Allocation = resource("Allocation");
    public static final Resource JoPublication = resource("JoPublication");
    public static final Resource Erratum = resource("Erratum");
    public static final Resource Report = resource("Report");
    public static final Resource Recommendation = resource("Recommendation");
    public static final Resource Deputy = resource("Deputy");
    public static final Resource Ministry = resource("Ministry");
    public static final Resource Government = resource("Government");
    public static final Resource PoliticalGroup = resource("PoliticalGroup");
    public static final Resource Legislature = resource("Legislature");
    public static final Resource Constituency = resource("Constituency");
    public static final Resource Departement = resource("Departement");

    // Concept schemes
    public static final Resource StatusScheme = resource("StatusScheme");
    public static final Resource JoTypeScheme = resource("JoTypeScheme");
    public static final Resource RubriqueScheme = resource("RubriqueScheme");
    public static final Resource TeteAnalyseScheme = resource("TeteAnalyseScheme");
    public static final Resource AnalyseScheme = resource("AnalyseScheme");

    // Properties
    public static final Property askedBy = property("askedBy");
    public static final Property authorMandate = property("authorMandate");
    public static final Property group = property("group");
    public static final Property groupAtQuestionTime = property("groupAtQuestionTime");
    public static final Property constituency = property("constituency");
    public static final Property department = property("department");
    public static final Property addressedTo = property("addressedTo");
    public static final Property addressedToOrgan = property("addressedToOrgan");
    public static final Property allocation = property("allocation");
    public static final Property allocatedTo = property("allocatedTo");
    public static final Property allocatedToOrgan = property("allocatedToOrgan");
    public static final Property currentlyAllocatedTo = property("currentlyAllocatedTo");
    public static final Property answer = property("answer");
    public static final Property answerTo = property("answerTo");
    public static final Property answeringBody = property("answeringBody");
    public static final Property answeringBodyOrgan = property("answeringBodyOrgan");
    public static final Property hasAnswerText = property("hasAnswerText");
    public static final Property sameAnswerAs = property("sameAnswerAs");
    public static final Property publishedIn = property("publishedIn");
    public static final Property closurePublishedIn = property("closurePublishedIn");
    public static final Property joType = property("joType");
    public static final Property status = property("status");
    public static final Property signalement = property("signalement");
    public static final Property renewal = property("renewal");
    public static final Property erratum = property("erratum");
    public static final Property corrects = property("corrects");
    public static final Property rubrique = property("rubrique");
    public static final Property teteAnalyse = property("teteAnalyse");
    public static final Property analyse = property("analyse");
    public static final Property legislature = property("legislature");
    public static final Property cites = property("cites");
    public static final Property recommendationOf = property("recommendationOf");
    public static final Property portfolio = property("portfolio");
    public static final Property uid = property("uid");
    public static final Property number = property("number");
    public static final Property legislatureNumber = property("legislatureNumber");
    public static final Property questionText = property("questionText");
    public static final Property answerText = property("answerText");
    public static final Property fingerprint = property("fingerprint");
    public static final Property printedGroup = property("printedGroup");
    public static final Property constituencyNumber = property("constituencyNumber");
    public static final Property region = property("region");
    public static final Property allocationDate = property("allocationDate");
    public static final Property erratumText = property("erratumText");
    public static final Property joDate = property("joDate");
    public static final Property joPage = property("joPage");
    public static final Property joNumber = property("joNumber");
    public static final Property closureCode = property("closureCode");
    public static final Property closureDate = property("closureDate");
    public static final Property withdrawalDate = property("withdrawalDate");
    public static final Property withdrawalReason = property("withdrawalReason");
    public static final Property reportAuthor = property("reportAuthor");
    public static final Property reportDate = property("reportDate");
    public static final Property recommendationNumber = property("recommendationNumber");
    public static final Property recommendationKind = property("recommendationKind");
    public static final Property abbreviation = property("abbreviation");
    public static final Property organTypeCode = property("organTypeCode");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property birthDate = property("birthDate");
    public static final Property birthPlace = property("birthPlace");
    public static final Property wikidataP4123 = property("wikidataP4123");
    public static final Property sourceLocation = property("sourceLocation");
    public static final Property sourceFormat = property("sourceFormat");
    public static final Property converterVersion = property("converterVersion");
    // Derived at conversion from the question's other statements (see DerivedFacts)
    public static final Property answerDelayDays = property("answerDelayDays");
    public static final Property answeredWithinTwoMonths = property("answeredWithinTwoMonths");
    public static final Property publicationYear = property("publicationYear");
    public static final Property authorDepartement = property("authorDepartement");
    public static final Property overdueInMonth = property("overdueInMonth");
    public static final Property overdueSince = property("overdueSince");
    public static final Property reallocationDate = property("reallocationDate");
    public static final Property previousAllocation = property("previousAllocation");
    // The statistics graph (see STATISTICS_GRAPH): its classes, breakdown concepts and properties
    public static final Resource Statistics = resource("Statistics");
    public static final Resource DelayBucket = resource("DelayBucket");
    public static final Resource allQuestions = resource("allQuestions");
    public static final Resource byMinistry = resource("byMinistry");
    public static final Resource byGroup = resource("byGroup");
    public static final Resource byDeputy = resource("byDeputy");
    public static final Resource byRubrique = resource("byRubrique");
    public static final Resource byYear = resource("byYear");
    public static final Resource byLegislature = resource("byLegislature");
    public static final Resource byDepartement = resource("byDepartement");
    public static final Resource byYearAndRubrique = resource("byYearAndRubrique");
    public static final Resource byLegislatureGroupAndDeputy = resource("byLegislatureGroupAndDeputy");
    public static final Resource byYearAndDeputy = resource("byYearAndDeputy");
    public static final Resource byReallocationDate = resource("byReallocationDate");
    public static final Resource byReallocationMonth = resource("byReallocationMonth");
    public static final Resource byYearAndMinistry = resource("byYearAndMinistry");
    public static final Resource byAllocatedBody = resource("byAllocatedBody");
    public static final Resource byYearAndAllocatedBody = resource("byYearAndAllocatedBody");
    public static final Resource byYearAndGroup = resource("byYearAndGroup");
    public static final Resource byYearAndLegislature = resource("byYearAndLegislature");
    public static final Resource byClosure = resource("byClosure");
    public static final Resource byAnswerText = resource("byAnswerText");
    public static final Resource byMinistryAndOverdueMonth = resource("byMinistryAndOverdueMonth");
    public static final Resource byMinistryAndOverdueDay = resource("byMinistryAndOverdueDay");
    public static final Resource irregularPending = resource("irregularPending");
    public static final Property breakdown = property("breakdown");
    public static final Property ofMinistry = property("ofMinistry");
    public static final Property ofGroup = property("ofGroup");
    public static final Property ofDeputy = property("ofDeputy");
    public static final Property ofRubrique = property("ofRubrique");
    public static final Property ofYear = property("ofYear");
    public static final Property ofLegislature = property("ofLegislature");
    public static final Property ofDepartement = property("ofDepartement");
    public static final Property ofStatus = property("ofStatus");
    public static final Property ofClosureCode = property("ofClosureCode");
    public static final Property ofWithdrawalReason = property("ofWithdrawalReason");
    public static final Property ofAnswerText = property("ofAnswerText");
    public static final Property ofReallocationDate = property("ofReallocationDate");
    public static final Property ofReallocationMonth = property("ofReallocationMonth");
    public static final Property changeCount = property("changeCount");
    public static final Property earlierChangeCount = property("earlierChangeCount");
    public static final Property ofOverdueMonth = property("ofOverdueMonth");
    public static final Property ofOverdueDay = property("ofOverdueDay");
    public static final Property earliestIssued = property("earliestIssued");
    public static final Property firstWithdrawalDate = property("firstWithdrawalDate");
    public static final Property lastWithdrawalDate = property("lastWithdrawalDate");
    public static final Property questionCount = property("questionCount");
    public static final Property distinctQuestionCount = property("distinctQuestionCount");
    public static final Property deputyCount = property("deputyCount");
    public static final Property answeredCount = property("answeredCount");
    public static final Property answeredWithinTwoMonthsCount = property("answeredWithinTwoMonthsCount");
    public static final Property meanDelayDays = property("meanDelayDays");
    public static final Property medianDelayDays = property("medianDelayDays");
    public static final Property delayBucket = property("delayBucket");
    public static final Property bucketFromDays = property("bucketFromDays");
    public static final Property bucketToDays = property("bucketToDays");
    public static final Property bucketCount = property("bucketCount");

    private Qlod() {}

    /** The concept of a status in {@link #StatusScheme}: {@code qlod:status-withdrawn-by-author}. */
    public static Resource status(fr.qlod.model.Status status) {
        return resource("status-" + localName(status.name()));
    }

    /** The concept of a JO edition in {@link #JoTypeScheme}: {@code qlod:jo-question}. */
    public static Resource joType(fr.qlod.model.JoType type) {
        return resource(localName(type.name()));
    }

    private static String localName(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    /** Graph-level nodes of the same terms, for the streaming mapper. */
    public static final class Nodes {
        public static final Node Question = Qlod.Question.asNode();
        public static final Node WrittenQuestion = Qlod.WrittenQuestion.asNode();
        public static final Node OralQuestion = Qlod.OralQuestion.asNode();
        public static final Node GovernmentQuestion = Qlod.GovernmentQuestion.asNode();
        public static final Node Answer = Qlod.Answer.asNode();
        public static final Node AnswerText = Qlod.AnswerText.asNode();
        public static final Node Allocation = Qlod.Allocation.asNode();
        public static final Node JoPublication = Qlod.JoPublication.asNode();
        public static final Node Erratum = Qlod.Erratum.asNode();
        public static final Node Report = Qlod.Report.asNode();
        public static final Node Recommendation = Qlod.Recommendation.asNode();
        public static final Node Deputy = Qlod.Deputy.asNode();
        public static final Node Ministry = Qlod.Ministry.asNode();
        public static final Node Government = Qlod.Government.asNode();
        public static final Node PoliticalGroup = Qlod.PoliticalGroup.asNode();
        public static final Node Legislature = Qlod.Legislature.asNode();
        public static final Node Constituency = Qlod.Constituency.asNode();
        public static final Node Departement = Qlod.Departement.asNode();
        public static final Node StatusScheme = Qlod.StatusScheme.asNode();
        public static final Node JoTypeScheme = Qlod.JoTypeScheme.asNode();
        public static final Node RubriqueScheme = Qlod.RubriqueScheme.asNode();
        public static final Node TeteAnalyseScheme = Qlod.TeteAnalyseScheme.asNode();
        public static final Node AnalyseScheme = Qlod.AnalyseScheme.asNode();
        public static final Node askedBy = Qlod.askedBy.asNode();
        public static final Node authorMandate = Qlod.authorMandate.asNode();
        public static final Node group = Qlod.group.asNode();
        public static final Node groupAtQuestionTime = Qlod.groupAtQuestionTime.asNode();
        public static final Node constituency = Qlod.constituency.asNode();
        public static final Node department = Qlod.department.asNode();
        public static final Node addressedTo = Qlod.addressedTo.asNode();
        public static final Node addressedToOrgan = Qlod.addressedToOrgan.asNode();
        public static final Node allocation = Qlod.allocation.asNode();
        public static final Node allocatedTo = Qlod.allocatedTo.asNode();
        public static final Node allocatedToOrgan = Qlod.allocatedToOrgan.asNode();
        public static final Node currentlyAllocatedTo = Qlod.currentlyAllocatedTo.asNode();
        public static final Node answer = Qlod.answer.asNode();
        public static final Node answerTo = Qlod.answerTo.asNode();
        public static final Node answeringBody = Qlod.answeringBody.asNode();
        public static final Node answeringBodyOrgan = Qlod.answeringBodyOrgan.asNode();
        public static final Node hasAnswerText = Qlod.hasAnswerText.asNode();
        public static final Node sameAnswerAs = Qlod.sameAnswerAs.asNode();
        public static final Node publishedIn = Qlod.publishedIn.asNode();
        public static final Node closurePublishedIn = Qlod.closurePublishedIn.asNode();
        public static final Node joType = Qlod.joType.asNode();
        public static final Node status = Qlod.status.asNode();
        public static final Node signalement = Qlod.signalement.asNode();
        public static final Node renewal = Qlod.renewal.asNode();
        public static final Node erratum = Qlod.erratum.asNode();
        public static final Node corrects = Qlod.corrects.asNode();
        public static final Node rubrique = Qlod.rubrique.asNode();
        public static final Node teteAnalyse = Qlod.teteAnalyse.asNode();
        public static final Node analyse = Qlod.analyse.asNode();
        public static final Node legislature = Qlod.legislature.asNode();
        public static final Node cites = Qlod.cites.asNode();
        public static final Node recommendationOf = Qlod.recommendationOf.asNode();
        public static final Node portfolio = Qlod.portfolio.asNode();
        public static final Node uid = Qlod.uid.asNode();
        public static final Node number = Qlod.number.asNode();
        public static final Node legislatureNumber = Qlod.legislatureNumber.asNode();
        public static final Node questionText = Qlod.questionText.asNode();
        public static final Node answerText = Qlod.answerText.asNode();
        public static final Node fingerprint = Qlod.fingerprint.asNode();
        public static final Node printedGroup = Qlod.printedGroup.asNode();
        public static final Node constituencyNumber = Qlod.constituencyNumber.asNode();
        public static final Node region = Qlod.region.asNode();
        public static final Node allocationDate = Qlod.allocationDate.asNode();
        public static final Node erratumText = Qlod.erratumText.asNode();
        public static final Node joDate = Qlod.joDate.asNode();
        public static final Node joPage = Qlod.joPage.asNode();
        public static final Node joNumber = Qlod.joNumber.asNode();
        public static final Node closureCode = Qlod.closureCode.asNode();
        public static final Node closureDate = Qlod.closureDate.asNode();
        public static final Node withdrawalDate = Qlod.withdrawalDate.asNode();
        public static final Node withdrawalReason = Qlod.withdrawalReason.asNode();
        public static final Node reportAuthor = Qlod.reportAuthor.asNode();
        public static final Node reportDate = Qlod.reportDate.asNode();
        public static final Node recommendationNumber = Qlod.recommendationNumber.asNode();
        public static final Node recommendationKind = Qlod.recommendationKind.asNode();
        public static final Node abbreviation = Qlod.abbreviation.asNode();
        public static final Node organTypeCode = Qlod.organTypeCode.asNode();
        public static final Node startDate = Qlod.startDate.asNode();
        public static final Node endDate = Qlod.endDate.asNode();
        public static final Node birthDate = Qlod.birthDate.asNode();
        public static final Node birthPlace = Qlod.birthPlace.asNode();
        public static final Node wikidataP4123 = Qlod.wikidataP4123.asNode();
        public static final Node sourceLocation = Qlod.sourceLocation.asNode();
        public static final Node sourceFormat = Qlod.sourceFormat.asNode();
        public static final Node converterVersion = Qlod.converterVersion.asNode();
        public static final Node answerDelayDays = Qlod.answerDelayDays.asNode();
        public static final Node answeredWithinTwoMonths = Qlod.answeredWithinTwoMonths.asNode();
        public static final Node publicationYear = Qlod.publicationYear.asNode();
        public static final Node authorDepartement = Qlod.authorDepartement.asNode();
        public static final Node overdueInMonth = Qlod.overdueInMonth.asNode();
        public static final Node overdueSince = Qlod.overdueSince.asNode();
        public static final Node reallocationDate = Qlod.reallocationDate.asNode();
        public static final Node previousAllocation = Qlod.previousAllocation.asNode();
        public static final Node Statistics = Qlod.Statistics.asNode();
        public static final Node DelayBucket = Qlod.DelayBucket.asNode();
        public static final Node allQuestions = Qlod.allQuestions.asNode();
        public static final Node byMinistry = Qlod.byMinistry.asNode();
        public static final Node byGroup = Qlod.byGroup.asNode();
        public static final Node byDeputy = Qlod.byDeputy.asNode();
        public static final Node byRubrique = Qlod.byRubrique.asNode();
        public static final Node byYear = Qlod.byYear.asNode();
        public static final Node byLegislature = Qlod.byLegislature.asNode();
        public static final Node byDepartement = Qlod.byDepartement.asNode();
        public static final Node byYearAndRubrique = Qlod.byYearAndRubrique.asNode();
        public static final Node byLegislatureGroupAndDeputy = Qlod.byLegislatureGroupAndDeputy.asNode();
        public static final Node byYearAndDeputy = Qlod.byYearAndDeputy.asNode();
        public static final Node byReallocationDate = Qlod.byReallocationDate.asNode();
        public static final Node byReallocationMonth = Qlod.byReallocationMonth.asNode();
        public static final Node byYearAndMinistry = Qlod.byYearAndMinistry.asNode();
        public static final Node byAllocatedBody = Qlod.byAllocatedBody.asNode();
        public static final Node byYearAndAllocatedBody = Qlod.byYearAndAllocatedBody.asNode();
        public static final Node byYearAndGroup = Qlod.byYearAndGroup.asNode();
        public static final Node byYearAndLegislature = Qlod.byYearAndLegislature.asNode();
        public static final Node byClosure = Qlod.byClosure.asNode();
        public static final Node byAnswerText = Qlod.byAnswerText.asNode();
        public static final Node byMinistryAndOverdueMonth = Qlod.byMinistryAndOverdueMonth.asNode();
        public static final Node byMinistryAndOverdueDay = Qlod.byMinistryAndOverdueDay.asNode();
        public static final Node irregularPending = Qlod.irregularPending.asNode();
        public static final Node breakdown = Qlod.breakdown.asNode();
        public static final Node ofMinistry = Qlod.ofMinistry.asNode();
        public static final Node ofGroup = Qlod.ofGroup.asNode();
        public static final Node ofDeputy = Qlod.ofDeputy.asNode();
        public static final Node ofRubrique = Qlod.ofRubrique.asNode();
        public static final Node ofYear = Qlod.ofYear.asNode();
        public static final Node ofLegislature = Qlod.ofLegislature.asNode();
        public static final Node ofDepartement = Qlod.ofDepartement.asNode();
        public static final Node ofStatus = Qlod.ofStatus.asNode();
        public static final Node ofClosureCode = Qlod.ofClosureCode.asNode();
        public static final Node ofWithdrawalReason = Qlod.ofWithdrawalReason.asNode();
        public static final Node ofAnswerText = Qlod.ofAnswerText.asNode();
        public static final Node ofReallocationDate = Qlod.ofReallocationDate.asNode();
        public static final Node ofReallocationMonth = Qlod.ofReallocationMonth.asNode();
        public static final Node changeCount = Qlod.changeCount.asNode();
        public static final Node earlierChangeCount = Qlod.earlierChangeCount.asNode();
        public static final Node ofOverdueMonth = Qlod.ofOverdueMonth.asNode();
        public static final Node ofOverdueDay = Qlod.ofOverdueDay.asNode();
        public static final Node earliestIssued = Qlod.earliestIssued.asNode();
        public static final Node firstWithdrawalDate = Qlod.firstWithdrawalDate.asNode();
        public static final Node lastWithdrawalDate = Qlod.lastWithdrawalDate.asNode();
        public static final Node questionCount = Qlod.questionCount.asNode();
        public static final Node distinctQuestionCount = Qlod.distinctQuestionCount.asNode();
        public static final Node deputyCount = Qlod.deputyCount.asNode();
        public static final Node answeredCount = Qlod.answeredCount.asNode();
        public static final Node answeredWithinTwoMonthsCount = Qlod.answeredWithinTwoMonthsCount.asNode();
        public static final Node meanDelayDays = Qlod.meanDelayDays.asNode();
        public static final Node medianDelayDays = Qlod.medianDelayDays.asNode();
        public static final Node delayBucket = Qlod.delayBucket.asNode();
        public static final Node bucketFromDays = Qlod.bucketFromDays.asNode();
        public static final Node bucketToDays = Qlod.bucketToDays.asNode();
        public static final Node bucketCount = Qlod.bucketCount.asNode();

        private Nodes() {}
    }
}
