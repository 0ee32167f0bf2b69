/**
 * JUnit 5 support: {@link id.bansos.testkit.junit.ScenarioTests} turns scenario files into
 * tests. Needs JUnit Jupiter on the class path, an optional dependency of {@code bansos-testkit}.
 */
package id.bansos.testkit.junit;
