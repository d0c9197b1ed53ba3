package ai.rensei.cli.host.doctor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The doctor's findings: the header facts of the seed's sample and the check results, as text (values at column
 * 20, a blank line, then {@code [STATUS] <id>  <message>}) or as the {@code --json} object of host.md §6.
 *
 * @param facts  what was gathered
 * @param checks the results, in table order
 */
public record DoctorReport(DoctorFacts facts, List<CheckResult> checks) {

    /** Labels padded so every value starts at column 20. */
    static final int VALUE_COLUMN = 20;

    public DoctorReport {
        checks = List.copyOf(checks);
    }

    /** No check failed. */
    public boolean ok() {
        return checks.stream().noneMatch(c -> c.status() == CheckStatus.FAIL);
    }

    /** The text report. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(header("OS:", facts.env().localSystem().os().label()));
        lines.add(header("Service path:", facts.location().file().toString()));
        lines.add(header("Service installed:", Boolean.toString(facts.installed())));
        lines.add(header("Service active:", facts.serviceActive().map(String::valueOf).orElse("unknown")));
        lines.add(header("Host binary:", facts.hostBinary().map(Object::toString).orElse("-")));
        lines.add(header("Binary present:", Boolean.toString(facts.binaryPresent())));
        lines.add("");
        checks.forEach(check -> lines.add(check.line()));
        return lines;
    }

    /** The {@code --json} object. */
    public ObjectNode json() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ok", ok());
        body.put("os", facts.env().localSystem().os().label());
        body.put("servicePath", facts.location().file().toString());
        body.put("serviceInstalled", facts.installed());
        if (facts.serviceActive().isPresent()) {
            body.put("serviceActive", facts.serviceActive().get());
        } else {
            body.putNull("serviceActive");
        }
        facts.hostBinary().ifPresent(binary -> body.put("hostBinary", binary.toString()));
        body.put("binaryPresent", facts.binaryPresent());
        body.put("scope", facts.location().scope().scopeName());
        ArrayNode array = body.putArray("checks");
        for (CheckResult check : checks) {
            ObjectNode item = array.addObject();
            item.put("id", check.id());
            item.put("status", check.status().jsonName());
            item.put("message", check.message());
            check.hint().ifPresent(hint -> item.put("hint", hint));
        }
        return body;
    }

    private static String header(String label, String value) {
        return label + " ".repeat(VALUE_COLUMN - 1 - label.length()) + value;
    }
}
