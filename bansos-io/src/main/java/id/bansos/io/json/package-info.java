/**
 * Exchange format v1 as JSON and JSON Lines: the Jackson module
 * {@link id.bansos.io.json.BansosModule}, streaming household readers and JSON Lines writers.
 */
package id.bansos.io.json;
