package ai.rensei.cli.host.doctor;

/** One row of host.md §6's table. */
interface DoctorCheck {

    /** Runs the check over the gathered facts. */
    CheckResult run(DoctorFacts facts);
}
