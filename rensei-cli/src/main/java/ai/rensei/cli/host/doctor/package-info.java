/**
 * {@code rensei host doctor} (host.md §6): facts about the service, the configuration and the daemon are gathered
 * once ({@link ai.rensei.cli.host.doctor.DoctorFacts}), then every check of the table runs over them in order.
 */
package ai.rensei.cli.host.doctor;
