/** Seeded synthetic populations that look like a real district, for tests, demos and benchmarks. */
package id.bansos.synthetic;
