package org.diplomap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md, written down so that the build breaks when one is crossed. */
@AnalyzeClasses(packages = "org.diplomap", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingButTheJdk = noClasses().that().resideInAPackage("org.diplomap.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.diplomap.model..", "java..");

    @ArchTest
    static final ArchRule timelineDependsOnlyOnTheModel = noClasses().that().resideInAPackage("org.diplomap.timeline..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.diplomap.model..",
                    "org.diplomap.timeline..", "java..");

    @ArchTest
    static final ArchRule onlyTheH2StoreUsesJdbc = noClasses().that().resideOutsideOfPackage("org.diplomap.store.h2..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses().that().resideOutsideOfPackage("org.diplomap.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule onlyGraphAndUiUseGraphStream = noClasses().that()
            .resideOutsideOfPackages("org.diplomap.graph..", "org.diplomap.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.graphstream..");

    @ArchTest
    static final ArchRule formatsDoNotKnowStorageOrScreens = noClasses().that().resideInAPackage("org.diplomap.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.diplomap.store..", "org.diplomap.ui..",
                    "org.diplomap.graph..", "org.diplomap.render..", "org.diplomap.cli..");

    @ArchTest
    static final ArchRule theCoreDoesNotReachIntoTheUiOrTheCommandLine = noClasses().that()
            .resideInAnyPackage("org.diplomap.model..", "org.diplomap.timeline..", "org.diplomap.store..",
                    "org.diplomap.io..", "org.diplomap.graph..", "org.diplomap.render..")
            .should().dependOnClassesThat().resideInAnyPackage("org.diplomap.ui..", "org.diplomap.cli..");

    @ArchTest
    static final ArchRule jacksonStaysInTheFormats = noClasses().that().resideOutsideOfPackage("org.diplomap.io..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..");

    private static final DescribedPredicate<JavaCall<?>> GRAPH_CHANGE = DescribedPredicate.describe(
            "a call that changes a GraphStream graph", call -> call.getTargetOwner().getPackageName()
                    .startsWith("org.graphstream.graph")
                    && call.getName().matches("addEdge|removeEdge|addNode|removeNode|setAttribute|removeAttribute|clear"));

    @ArchTest
    static final ArchRule onlyNetworkGraphChangesTheGraphStreamGraph = noClasses().that()
            .doNotHaveFullyQualifiedName("org.diplomap.graph.NetworkGraph")
            .and().doNotHaveFullyQualifiedName("org.diplomap.graph.StableLayout")
            .should().callMethodWhere(GRAPH_CHANGE)
            .because("one class changes the graph the viewer draws, from one thread");

    @ArchTest
    static final ArchRule theStoreDoesNotKnowItsH2Implementation = noClasses().that()
            .resideInAPackage("org.diplomap.store").should().dependOnClassesThat()
            .resideInAPackage("org.diplomap.store.h2..")
            .because("a workspace is given the store it works on");

    /** The layers (model, timeline, store, io, graph, render, ui, cli) depend on each other without a cycle. */
    @ArchTest
    static final ArchRule noLayersFormACycle = slices().matching("org.diplomap.(*)..").should().beFreeOfCycles();
}
