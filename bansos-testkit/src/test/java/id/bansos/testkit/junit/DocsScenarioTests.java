package id.bansos.testkit.junit;

/** Every example scenario of {@code docs/scenarios}, one JUnit test each. */
class DocsScenarioTests extends ScenarioTests {
    DocsScenarioTests() {
        super("../docs/scenarios");
    }
}
