package newssearch.cluster;

import java.util.OptionalInt;

/**
 * The command line of {@code tools/solr-cluster}: how many nodes, and the first node's port when the ports are
 * fixed (node {@code i} listens on {@code port + i}); without a port every node takes a free one. {@code --auth}
 * asks for Basic authentication with users {@code admin} and {@code reader}, {@code --tls} for HTTPS.
 */
record ClusterOptions(int nodes, OptionalInt port, boolean auth, boolean tls) {

    private static final String USAGE = "use --nodes N [--port P] [--auth] [--tls]";

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

    /**
     * The options in {@code args}: {@code --nodes N} (default 3), {@code --port P}, {@code --auth} and
     * {@code --tls}, all optional.
     */
    static ClusterOptions parse(String... args) {
        int nodes = DEFAULT_NODES;
        OptionalInt port = OptionalInt.empty();
        boolean auth = false;
        boolean tls = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--auth")) {
                auth = true;
                continue;
            }
            if (name.equals("--tls")) {
                tls = true;
                continue;
            }
            if (!name.equals("--nodes") && !name.equals("--port")) {
                throw new IllegalArgumentException("unknown option '" + name + "': " + USAGE);
            }
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(name + " needs a number: " + USAGE);
            }
            int value = number(name, args[++i]);
            if (name.equals("--nodes")) {
                nodes = value;
            } else {
                port = OptionalInt.of(value);
            }
        }
        return new ClusterOptions(nodes, port, auth, tls);
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
