package dev.donmai.contracts.fixturecyclea;

import dev.donmai.contracts.fixturecycleb.CycleB;

/** Deliberate A2 violation, half of a package cycle. */
public record CycleA(CycleB other) {
}
