package id.bansos.testkit.junit;

/**
 * The scenario files under {@code src/test/resources/scenarios}, the default folder: all an
 * analyst's project needs.
 */
class ExampleScenarioTests extends ScenarioTests {}
