package dev.strata.samples.springboot;

/** The library on the embedded H2 database that Spring Boot starts when no URL is set. */
class H2LibraryTest extends LibraryScenario {}
