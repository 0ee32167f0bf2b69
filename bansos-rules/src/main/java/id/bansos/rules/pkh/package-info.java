/** The rules of Program Keluarga Harapan (PKH): components, the cap, the amount. See {@link id.bansos.rules.pkh.PkhRules}. */
package id.bansos.rules.pkh;
