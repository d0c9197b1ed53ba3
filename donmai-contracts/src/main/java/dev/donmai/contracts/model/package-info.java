/**
 * The {@code model-endpoint} family (contracts.md §3.5): {@link dev.donmai.contracts.model.ModelEndpointProvider}
 * resolves an {@link dev.donmai.contracts.model.EndpointRequest} to a secret-free
 * {@link dev.donmai.contracts.model.EndpointBinding} cell, whose rules are
 * {@link dev.donmai.contracts.model.EndpointCells}; plus {@link dev.donmai.contracts.model.AuthMode}, the open values
 * {@link dev.donmai.contracts.model.WireProtocol} and {@link dev.donmai.contracts.model.ServingHost}, and the
 * narrow-only access types.
 *
 * <p>May import {@code provider} only (boundary.md A2). Every class here is a cell: none carries a secret (A11).
 */
package dev.donmai.contracts.model;
