/** The rules of Program Sembako (BPNT): the amount. See {@link id.bansos.rules.sembako.SembakoRules}. */
package id.bansos.rules.sembako;
