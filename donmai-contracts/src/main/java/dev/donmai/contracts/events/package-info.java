/**
 * The execution-event spine (contracts.md §5): the {@link dev.donmai.contracts.events.ExecutionEventEnvelope} every
 * sink and the durable log carry, its closed {@link dev.donmai.contracts.events.EventTopic} set, subjects, evidence and
 * causation. The sink SPI itself is {@code dev.donmai.runtime.spi.ExecutionEventSink}.
 *
 * <p>May import {@code provider} and {@code session} only (boundary.md A2). Nothing here carries a secret (A11):
 * secret-like payload keys are refused at construction.
 */
package dev.donmai.contracts.events;
