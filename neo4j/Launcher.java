// Embedded Neo4j Community with its Bolt connector, for development and tests.
// Started by server/src/neo4j/embedded.ts:
//   java -cp "lib/*" Launcher <homeDir> <port> <pageCacheMiB> <txTimeoutSeconds>
// with the password of the `neo4j` user in the environment variable AGIR_NEO4J_PASSWORD
// (never on the command line, where `ps` would show it). Authentication is on.
// Prints "NEO4J_READY <port>" once Bolt accepts connections, and shuts the
// database down cleanly on SIGTERM/SIGINT or when its standard input closes
// (the parent process died), so no JVM is ever orphaned.
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: Launcher <homeDir> <boltPort> <pageCacheMiB> <txTimeoutSeconds>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    long txTimeoutSeconds = Long.parseLong(args[3]);
    String password = System.getenv("AGIR_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("AGIR_NEO4J_PASSWORD must hold the password of the neo4j user (8 characters or more)");
      System.exit(2);
    }

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // db.transaction.timeout: the server cancels any transaction that runs longer, whatever
        // the client asked (the app asks for less on reads).
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
        .build();

    // The embedded API bypasses authentication: set the neo4j user's password (idempotent).
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      String m = String.valueOf(e.getMessage());
      if (!m.contains("cannot be the same")) throw e;
    }

    Object lock = new Object();
    boolean[] stopped = {false};
    Runnable stop = () -> {
      synchronized (lock) {
        if (stopped[0]) return;
        stopped[0] = true;
      }
      System.out.println("NEO4J_STOPPING");
      dbms.shutdown();
      System.out.println("NEO4J_STOPPED");
    };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

    // Make sure the default database is up before announcing readiness.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("NEO4J_READY " + port);
    System.out.flush();

    // Parent watchdog: when our stdin reaches EOF the parent is gone.
    InputStream in = System.in;
    try {
      while (in.read() != -1) { /* ignore input */ }
    } catch (Exception ignored) { }
    System.exit(0); // runs the shutdown hook
  }
}
