/** Embedding the donmai runtime in an application: compose it from configuration objects with Guice. */
package dev.donmai.examples.embedding;
