package app.runway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The structure the code keeps, as rules that fail the build when broken: features depend on each
 * other one way only, the plain-Java parts stay free of Spring, the database and the web, shared
 * infrastructure knows no feature, and the guide's loader is reached through the guide.
 */
@AnalyzeClasses(packages = "app.runway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Each feature package (guide, assessment, review, ...) with everything under it. */
    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("app.runway.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule subPackagesHaveNoCycles = slices().matching("app.runway.(*).(*)..").should()
            .beFreeOfCycles();

    /** Parsing the guide, the questionnaire, the scoring and the HTML policy are plain Java, tested on their own. */
    @ArchTest
    static final ArchRule plainJavaStaysPlain = noClasses()
            .that().resideInAnyPackage("..guide.load..", "..guide.model..", "..questionnaire..",
                    "..assessment.scoring..", "..team.scoring..", "..markup..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "jakarta.servlet..", "org.hibernate..")
            .because("they are read and tested without Spring, a database or a web server");

    /** Rendered pages are infrastructure: features hand them keys and views. */
    @ArchTest
    static final ArchRule pagesKnowNoFeature = noClasses().that().resideInAPackage("..pages..")
            .should().dependOnClassesThat().resideInAnyPackage("..guide..", "..assessment..", "..founder..",
                    "..review..", "..cohort..", "..admin..", "..account..");

    /** Other features read the guide through its snapshot and vocabulary, not through its loader. */
    @ArchTest
    static final ArchRule theLoaderIsTheGuidesOwn = noClasses()
            .that().resideOutsideOfPackages("app.runway.guide..", "app.runway.admin..")
            .should().dependOnClassesThat().resideInAPackage("..guide.load..")
            .because("only the admin's reload page shows the loader's problems");
}
