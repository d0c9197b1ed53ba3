/**
 * The {@code requester-provider} family (contracts.md §3.6, [P][later]: the shape is ours, no wave-1
 * implementation): admits work requested by external parties and sends them responses. Admission is fail-closed:
 * anything the provider cannot verify is {@link dev.donmai.contracts.requester.AdmissionResult.Denied}.
 *
 * <p>Imports only {@code provider} and {@code session} (boundary.md A2).
 */
package dev.donmai.contracts.requester;
