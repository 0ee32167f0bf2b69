/**
 * YAML files of the library: {@link id.bansos.io.yaml.ParameterFileReader} reads the dated policy
 * parameter files (the national policy and a district's layers) strictly, with the location of
 * every mistake.
 */
package id.bansos.io.yaml;
