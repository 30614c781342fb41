package ytterby;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j 5.26 Community, embedded, with one Bolt connector on 127.0.0.1:7687 and auth off: a local server for
 * `npm run neo4j` and CI. Usage: java -jar target/ytterby-neo4j.jar [data-folder, default .neo4j]
 * The port can be moved with YTTERBY_NEO4J_PORT (default 7687) so two checkouts can each run their own server.
 */
public final class Neo4jLauncher {
    private static final String HOST = "127.0.0.1";
    private static final int PORT = portFromEnvironment();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private Neo4jLauncher() {}

    public static void main(String[] args) throws InterruptedException {
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

        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(START_TIMEOUT.toMillis()) || !boltAccepts()) {
            System.err.println("neo4j: not ready after " + START_TIMEOUT.toSeconds() + " s; see " + home.resolve("logs/debug.log"));
            System.exit(1);
        }
        System.out.println("neo4j: ready on bolt://" + HOST + ":" + PORT + " (auth off, loopback only). Ctrl-C stops it.");
        stopped.await();
    }

    private static int portFromEnvironment() {
        String configured = System.getenv("YTTERBY_NEO4J_PORT");
        if (configured == null || configured.isBlank()) return 7687;
        try {
            int port = Integer.parseInt(configured.trim());
            if (port > 0 && port < 65536) return port;
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        System.err.println("neo4j: YTTERBY_NEO4J_PORT must be a port number (1-65535), got '" + configured + "'");
        System.exit(2);
        return -1;
    }

    private static boolean boltAccepts() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, PORT), 1_000);
                return true;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        return false;
    }
}
