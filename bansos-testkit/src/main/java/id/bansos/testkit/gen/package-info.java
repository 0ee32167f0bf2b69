/**
 * QuickTheories sources over synthetic populations, for property tests in other projects: {@link
 * id.bansos.testkit.gen.Generators}. Needs QuickTheories on the class path, an optional dependency
 * of {@code bansos-testkit}.
 */
package id.bansos.testkit.gen;
