/**
 * JSON Schemas (draft 2020-12) of the exchange format v1: Household, Person and Decision, as
 * classpath resources for validators and for publishing to the systems that exchange these files.
 */
package id.bansos.io.schema;
