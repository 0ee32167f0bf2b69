/** The exchange format v1: JSON, JSON Lines, CSV rosters and YAML files, with hostile-input limits. */
package id.bansos.io;
