/**
 * JUnit 5 support: {@link id.bansos.testkit.junit.ScenarioTests} turns scenario files into
 * tests, and {@link id.bansos.testkit.junit.ScenarioNameCheckEngine} fails a run in which a
 * scenario class is named so that Maven Surefire would skip it. Needs JUnit Jupiter on the class
 * path, an optional dependency of {@code bansos-testkit}.
 */
package id.bansos.testkit.junit;
