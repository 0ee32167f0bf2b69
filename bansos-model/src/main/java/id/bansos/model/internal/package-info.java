/**
 * Machinery shared by the value types of {@code bansos-model}: the Immutables style and argument
 * checks. Not public API; it may change in any release.
 */
package id.bansos.model.internal;
