package newssearch.cluster;

import java.util.OptionalInt;

/**
 * The command line of {@code tools/solr-cluster}: how many nodes, and the first node's port when the ports are
 * fixed (node {@code i} listens on {@code port + i}); without a port every node takes a free one.
 */
record ClusterOptions(int nodes, OptionalInt port) {

    static final int DEFAULT_NODES = 3;

    ClusterOptions {
        if (nodes < 1) {
            throw new IllegalArgumentException("--nodes must be 1 or more, not " + nodes);
        }
        if (port.isPresent() && (port.getAsInt() < 1 || port.getAsInt() + nodes - 1 > 65535)) {
            throw new IllegalArgumentException("--port " + port.getAsInt() + " leaves no room for " + nodes
                    + " nodes: choose a port between 1 and " + (65536 - nodes));
        }
    }

    /** The options in {@code args}: {@code --nodes N} (default 3) and {@code --port P}, both optional. */
    static ClusterOptions parse(String... args) {
        int nodes = DEFAULT_NODES;
        OptionalInt port = OptionalInt.empty();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.equals("--nodes") && !name.equals("--port")) {
                throw new IllegalArgumentException("unknown option '" + name + "': use --nodes N [--port P]");
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(name + " needs a number: use --nodes N [--port P]");
            }
            int value = number(name, args[++i]);
            if (name.equals("--nodes")) {
                nodes = value;
            } else {
                port = OptionalInt.of(value);
            }
        }
        return new ClusterOptions(nodes, port);
    }

    /** The port node {@code index} listens on: fixed, or 0 for a free one. */
    int portOf(int index) {
        return port.isPresent() ? port.getAsInt() + index : 0;
    }

    private static int number(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not '" + text + "'");
        }
    }
}
