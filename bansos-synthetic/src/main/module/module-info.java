/** Seeded synthetic populations shaped like Kabupaten Lombok Utara, for tests, demos and benchmarks. */
module id.bansos.synthetic {
    requires transitive id.bansos.model;

    exports id.bansos.synthetic;
}
