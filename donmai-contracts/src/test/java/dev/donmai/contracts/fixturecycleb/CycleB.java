package dev.donmai.contracts.fixturecycleb;

import dev.donmai.contracts.fixturecyclea.CycleA;

/** Deliberate A2 violation, other half of a package cycle. */
public record CycleB(CycleA other) {
}
