package ytterby;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j 5.26 Community, embedded, with one Bolt connector on 127.0.0.1:7687 and auth off: a local server for
 * `npm run neo4j` and CI. Usage: java -jar target/ytterby-neo4j.jar [data-folder, default .neo4j]
 * The port can be moved with YTTERBY_NEO4J_PORT (default 7687) so two checkouts can each run their own server;
 * 0 takes any free port, and the ready line names it.
 *
 * A second mode runs Neo4j's own bulk importer (neo4j-admin database import full, which Maven Central ships as
 * org.neo4j:neo4j-import-tool and the launcher already has on its class path) into a data folder that has no
 * database yet: java -jar target/ytterby-neo4j.jar import data-folder csv-folder
 * It takes every nodes-*.csv and relationships-*.csv of csv-folder, as Ytterby's CSV exporter writes them.
 */
public final class Neo4jLauncher {
    private static final String HOST = "127.0.0.1";
    private static final int PORT = portFromEnvironment();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private Neo4jLauncher() {}

    /** Must match ADMIN_IMPORT_ARRAY_DELIMITER in graph/store/neo4j/admin-import-csv.ts. */
    private static final String ARRAY_DELIMITER = "\u001F";

    public static void main(String[] args) throws InterruptedException, IOException {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(importCsv(args));
        }
        Path home = Path.of(args.length > 0 ? args[0] : ".neo4j").toAbsolutePath();
        System.out.println("neo4j: starting Neo4j with data in " + home);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                // Loopback only: with auth off, the server must not be reachable from other machines.
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, PORT))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // LOAD CSV FROM 'file:///…' would let any Cypher read the server's files; Ytterby never loads CSV
                // through Cypher, so file URLs are refused outright.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                // Small and fixed, so two cores shared with the test run are not starved by a heuristic sizing.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                // Keep only the latest transaction log: tests wipe and reload the graph many times.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j: stopping");
            dbms.shutdown();
            System.out.println("neo4j: stopped");
            stopped.countDown();
        }, "neo4j-shutdown"));

        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(START_TIMEOUT.toMillis()) || !boltAccepts(boltPort(dbms))) {
            System.err.println("neo4j: not ready after " + START_TIMEOUT.toSeconds() + " s; see " + home.resolve("logs/debug.log"));
            System.exit(1);
        }
        System.out.println("neo4j: ready on bolt://" + HOST + ":" + boltPort(dbms) + " (auth off, loopback only). Ctrl-C stops it.");
        stopped.await();
    }

    private static int portFromEnvironment() {
        String configured = System.getenv("YTTERBY_NEO4J_PORT");
        if (configured == null || configured.isBlank()) return 7687;
        try {
            int port = Integer.parseInt(configured.trim());
            if (port >= 0 && port < 65536) return port;
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        System.err.println("neo4j: YTTERBY_NEO4J_PORT must be a port number (1-65535, or 0 for any free port), got '" + configured + "'");
        System.exit(2);
        return -1;
    }

    private static int importCsv(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("neo4j: usage: java -jar ytterby-neo4j.jar import <data-folder> <csv-folder>");
            return 2;
        }
        Path home = Path.of(args[1]).toAbsolutePath();
        Path csv = Path.of(args[2]).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of("database", "import", "full", GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
                // Document texts and quotes span lines; arrays are joined with a control character no value holds.
                "--multiline-fields=true", "--array-delimiter=" + ARRAY_DELIMITER, "--skip-duplicate-nodes=false", "--bad-tolerance=0",
                // The tool writes its report into the working directory unless told otherwise; keep it with the data.
                "--report-file=" + home.resolve("import.report")));
        try (Stream<Path> files = Files.list(csv)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("nodes-") && name.endsWith(".csv")) command.add("--nodes=" + file);
                if (name.startsWith("relationships-") && name.endsWith(".csv")) command.add("--relationships=" + file);
            }
        }
        if (command.stream().noneMatch(a -> a.startsWith("--nodes="))) {
            System.err.println("neo4j: " + csv + " has no nodes-*.csv; write it with Ytterby's CSV exporter first.");
            return 2;
        }
        Files.createDirectories(home.resolve("conf"));
        System.out.println("neo4j: importing " + csv + " into " + home);
        return AdminTool.execute(new ExecutionContext(home, home.resolve("conf")), command.toArray(String[]::new));
    }

    private static int boltPort(DatabaseManagementService dbms) {
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
    }

    private static boolean boltAccepts(int port) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1_000);
                return true;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        return false;
    }
}
