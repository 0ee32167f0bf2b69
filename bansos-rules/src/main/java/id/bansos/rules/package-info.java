/** Eligibility, benefit, commitment and graduation rules over dated national policy. */
package id.bansos.rules;
