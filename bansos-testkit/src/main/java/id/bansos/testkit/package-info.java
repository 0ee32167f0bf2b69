/**
 * Scenario files for policy analysts: {@link id.bansos.testkit.ScenarioRunner} reads YAML files of
 * households and expected decisions (EXCHANGE-V1, "Scenario files"), decides them and reports every
 * expectation not met, for {@code bansos test}, for JUnit ({@link
 * id.bansos.testkit.junit.ScenarioTests}) and for a caller's own code. See {@code
 * docs/analyst-guide.md}.
 */
package id.bansos.testkit;
