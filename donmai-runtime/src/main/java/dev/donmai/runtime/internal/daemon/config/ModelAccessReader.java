package dev.donmai.runtime.internal.daemon.config;

import dev.donmai.contracts.model.AccessBlock;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CellRule;
import dev.donmai.contracts.model.MachineAccess;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code modelAccess}: the narrow-only machine block of contracts.md §3.5, {@code {default:{authOrder?, matrix},
 * workloads:{<name>:{authOrder?, matrix}}}} with {@code matrix} = {@code {<row>:{<authMode>:{allowed, host?,
 * model?}}}}. Auth modes are spelt as on the wire ({@code byok}, {@code host-session}, …).
 */
final class ModelAccessReader {

    private static final List<String> MODES = AuthMode.LADDER.stream().map(AuthMode::wire)
            .collect(Collectors.toUnmodifiableList());

    private ModelAccessReader() {
    }

    static MachineAccess read(YamlMapping access) {
        AccessBlock defaultBlock = access.mapping("default").map(ModelAccessReader::block).orElse(null);
        Map<String, AccessBlock> workloads = new LinkedHashMap<>();
        access.mapping("workloads").ifPresent(all -> {
            for (String name : all.keys()) {
                if (name.isBlank()) {
                    all.values().problems().error(all.keyNode(name).orElseThrow(), all.path(name),
                            "workload names must not be empty");
                    all.get(name);
                    continue;
                }
                all.mapping(name).map(ModelAccessReader::block).ifPresent(block -> workloads.put(name, block));
            }
        });
        access.warnUnknown();
        return new MachineAccess(defaultBlock, workloads);
    }

    private static AccessBlock block(YamlMapping block) {
        List<AuthMode> authOrder = new ArrayList<>();
        List<Node> order = block.list("authOrder").orElse(List.of());
        for (int i = 0; i < order.size(); i++) {
            block.values().oneOf(order.get(i), block.path("authOrder") + "[" + i + "]", MODES)
                    .map(ModelAccessReader::mode).ifPresent(authOrder::add);
        }
        Map<String, Map<AuthMode, CellRule>> matrix = new LinkedHashMap<>();
        block.mapping("matrix").ifPresent(rows -> {
            for (String row : rows.keys()) {
                if (row.isBlank()) {
                    rows.values().problems().error(rows.keyNode(row).orElseThrow(), rows.path(row),
                            "row names must not be empty");
                    rows.get(row);
                    continue;
                }
                rows.mapping(row).ifPresent(cells -> matrix.put(row, cells(cells)));
            }
        });
        block.warnUnknown();
        return new AccessBlock(authOrder, matrix);
    }

    private static Map<AuthMode, CellRule> cells(YamlMapping cells) {
        Map<AuthMode, CellRule> rules = new EnumMap<>(AuthMode.class);
        for (String modeName : cells.keys()) {
            if (!MODES.contains(modeName)) {
                cells.values().problems().error(cells.keyNode(modeName).orElseThrow(), cells.path(modeName),
                        YamlValues.oneOfMessage(MODES, modeName));
                cells.get(modeName);
                continue;
            }
            cells.mapping(modeName).flatMap(ModelAccessReader::cell).ifPresent(rule -> rules.put(mode(modeName), rule));
        }
        return rules;
    }

    private static Optional<CellRule> cell(YamlMapping cell) {
        boolean present = cell.require("allowed");
        Optional<Boolean> allowed = cell.bool("allowed");
        Optional<String> host = cell.text("host");
        Optional<String> model = cell.text("model");
        cell.warnUnknown();
        if (!present || allowed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CellRule(allowed.get(), host.orElse(null), model.orElse(null)));
    }

    private static AuthMode mode(String wire) {
        return AuthMode.LADDER.stream().filter(m -> m.wire().equals(wire)).findFirst().orElseThrow();
    }
}
