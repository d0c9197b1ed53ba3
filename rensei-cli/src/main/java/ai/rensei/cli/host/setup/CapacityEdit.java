package ai.rensei.cli.host.setup;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Sets {@code capacity.maxConcurrentSessions} in a daemon.yaml text at the node level, keeping every other key and
 * the comments, in the same block layout the runtime's daemon.yaml editor writes (which has no capacity edit of its
 * own).
 */
final class CapacityEdit {

    private CapacityEdit() {
    }

    /** {@code text} with {@code capacity.maxConcurrentSessions} set to {@code sessions}. */
    static String apply(String text, int sessions) throws IOException {
        Node document = text.isBlank() ? null : compose(text);
        MappingNode root;
        if (document == null || document instanceof ScalarNode && ((ScalarNode) document).getTag().equals(Tag.NULL)) {
            root = mapping();
        } else if (document instanceof MappingNode) {
            root = (MappingNode) document;
        } else {
            throw new IOException("the document is not a mapping");
        }
        Node capacity = value(root, "capacity");
        MappingNode capacityMapping;
        if (capacity instanceof MappingNode) {
            capacityMapping = (MappingNode) capacity;
        } else {
            capacityMapping = mapping();
            put(root, "capacity", capacityMapping);
        }
        put(capacityMapping, "maxConcurrentSessions",
                new ScalarNode(Tag.INT, Integer.toString(sessions), null, null, DumperOptions.ScalarStyle.PLAIN));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setProcessComments(true);
        StringWriter out = new StringWriter();
        new Yaml(loader(true), options).serialize(root, out);
        return out.toString();
    }

    /** With comments when SnakeYAML's comment handling copes with the layout, else without (they may be lost). */
    private static Node compose(String text) throws IOException {
        try {
            return new Yaml(loader(true)).compose(new StringReader(text));
        } catch (YAMLException withComments) {
            try {
                return new Yaml(loader(false)).compose(new StringReader(text));
            } catch (YAMLException e) {
                throw new IOException("not valid YAML: " + e.getMessage(), e);
            }
        }
    }

    private static LoaderOptions loader(boolean comments) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(comments);
        return options;
    }

    private static MappingNode mapping() {
        return new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
    }

    private static Node value(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (isKey(tuple, key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static void put(MappingNode mapping, String key, Node value) {
        List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
        for (int i = 0; i < tuples.size(); i++) {
            if (isKey(tuples.get(i), key)) {
                tuples.set(i, new NodeTuple(tuples.get(i).getKeyNode(), value));
                mapping.setValue(tuples);
                return;
            }
        }
        tuples.add(new NodeTuple(new ScalarNode(Tag.STR, key, null, null, DumperOptions.ScalarStyle.PLAIN), value));
        mapping.setValue(tuples);
    }

    private static boolean isKey(NodeTuple tuple, String key) {
        return tuple.getKeyNode() instanceof ScalarNode && key.equals(((ScalarNode) tuple.getKeyNode()).getValue());
    }
}
