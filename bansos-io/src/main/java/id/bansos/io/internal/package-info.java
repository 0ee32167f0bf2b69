/**
 * Building blocks shared by the batch indexes of {@code bansos-io} and {@code bansos-rules}: tables
 * that spill to temporary files past a memory budget. Not public API: may change in any release.
 */
package id.bansos.io.internal;
