package diplograph;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Runs an embedded Neo4j Community DBMS with Bolt on 127.0.0.1, for development and tests.
 *
 * <p>Usage: {@code LocalNeo4j --home DIR --port N [--password PW] [--page-cache 64m]
 * [--watch-parent]}. Each option can also come from a system property
 * ({@code -Ddiplograph.neo4j.home=...}, {@code .port}, {@code .password}, {@code .pageCache},
 * {@code .watchParent}); the password also from the environment variable
 * {@code DIPLOGRAPH_NEO4J_PASSWORD}, which keeps it out of {@code ps}. An empty password
 * disables authentication.
 *
 * <p>Prints {@code DIPLOGRAPH_NEO4J_READY bolt://127.0.0.1:PORT} on stdout once the default
 * database is available and Bolt accepts connections; on a start-up failure prints the
 * exception on stderr and exits with status 1.
 */
public final class LocalNeo4j {
  static final String READY_MARKER = "DIPLOGRAPH_NEO4J_READY";
  static final String USER = "neo4j";
  private static final Duration DATABASE_WAIT = Duration.ofMinutes(2);
  private static final AtomicBoolean PARENT_GONE = new AtomicBoolean();
  private static final List<String> OPTION_NAMES =
      List.of("home", "port", "password", "page-cache", "watch-parent");

  record Options(Path home, int port, String password, long pageCacheBytes, boolean watchParent) {}

  private LocalNeo4j() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = parseOptions(args);
    } catch (IllegalArgumentException e) {
      System.err.println("LocalNeo4j: " + e.getMessage());
      System.err.println(
          "usage: LocalNeo4j --home DIR --port N [--password PW] [--page-cache 64m] [--watch-parent]");
      System.exit(2);
      return;
    }
    // Registered before build() so a SIGTERM that lands once the DBMS exists always shuts it
    // down cleanly: an unclean stop costs a recovery on the next start.
    AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> shutDown(running), "diplograph-neo4j-shutdown"));
    try {
      running.set(start(options));
      System.out.println(READY_MARKER + " bolt://127.0.0.1:" + options.port());
      System.out.flush();
    } catch (Throwable failure) {
      System.err.println("LocalNeo4j: start-up failed");
      failure.printStackTrace();
      System.exit(1);
    }
    if (options.watchParent()) {
      watchParent();
    }
    awaitForever();
  }

  /** Builds the DBMS, waits for the default database, sets the password and waits for Bolt. */
  static DatabaseManagementService start(Options options) throws IOException {
    long began = System.nanoTime();
    if (!options.password().isEmpty()) {
      seedInitialPassword(options.home(), options.password());
    }
    DatabaseManagementService service = buildService(options);
    long built = System.nanoTime();
    try {
      GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!database.isAvailable(DATABASE_WAIT.toMillis())) {
        throw new IllegalStateException(
            "database " + database.databaseName() + " not available after " + DATABASE_WAIT);
      }
      if (!options.password().isEmpty()) {
        ensurePassword(service, options.password());
      }
      long secured = System.nanoTime();
      awaitBolt(options.port());
      System.err.printf(
          "LocalNeo4j: started (JVM start-up %d ms, DBMS %d ms, password %d ms)%n",
          jvmStartToMainMillis(began), (built - began) / 1_000_000, (secured - built) / 1_000_000);
      return service;
    } catch (RuntimeException | IOException failure) {
      service.shutdown();
      throw failure;
    }
  }

  /**
   * On a home whose system database does not exist yet, writes the initial password the way
   * {@code neo4j-admin dbms set-initial-password} does (data/dbms/auth.ini), so the first start
   * needs no ALTER USER. Best effort: ensurePassword() corrects whatever this does not do.
   */
  private static void seedInitialPassword(Path home, String password) {
    Config config = Config.defaults(GraphDatabaseSettings.neo4j_home, home);
    Path systemStore =
        config
            .get(GraphDatabaseSettings.data_directory)
            .resolve(GraphDatabaseSettings.DEFAULT_DATABASES_ROOT_DIR_NAME)
            .resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    if (Files.exists(systemStore)) {
      return;
    }
    try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      Path authFile = CommunitySecurityModule.getInitialUserRepositoryFile(config);
      fs.deleteFile(authFile);
      FileUserRepository users =
          new FileUserRepository(
              fs, authFile, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
      users.start();
      byte[] secret = password.getBytes(StandardCharsets.UTF_8);
      users.create(
          new User(
              USER,
              null,
              SystemGraphCredential.createCredentialForPassword(secret, new SecureHasher()),
              false,
              false));
      users.shutdown();
    } catch (Exception unknown) {
      System.err.println("LocalNeo4j: could not seed the initial password: " + unknown);
    }
  }

  /**
   * Gives the {@code neo4j} user the configured password, so that a home created with another
   * password (or with the built-in initial one, which must be changed before use) follows the
   * configuration. A password that already works is left alone: ALTER USER is the first Cypher
   * of the JVM and costs seconds of compiler warm-up on every start.
   */
  private static void ensurePassword(DatabaseManagementService service, String password) {
    GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    if (passwordAlreadyWorks(system, password)) {
      return;
    }
    try {
      system.executeTransactionally(
          "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (QueryExecutionException refused) {
      // Neo4j refuses to "change" a password to the one it already has.
      if (!String.valueOf(refused.getMessage()).contains("cannot be the same")) {
        throw refused;
      }
    }
  }

  /**
   * Logs in as Bolt would, through the DBMS's own auth manager (internal API, pinned with the
   * Neo4j version). Any doubt, including a change in that API, answers false and so falls back
   * to ALTER USER, which is always right.
   */
  private static boolean passwordAlreadyWorks(GraphDatabaseService system, String password) {
    try {
      AuthManager authManager =
          ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(AuthManager.class);
      LoginContext login =
          authManager.login(
              AuthToken.newBasicAuthToken(USER, password.getBytes(StandardCharsets.UTF_8)),
              ClientConnectionInfo.EMBEDDED_CONNECTION);
      return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
    } catch (RuntimeException | InvalidAuthTokenException unknown) {
      System.err.println("LocalNeo4j: password check failed, setting it anyway: " + unknown);
      return false;
    }
  }

  private static DatabaseManagementService buildService(Options options) {
    SocketAddress bolt = new SocketAddress("127.0.0.1", options.port());
    boolean authEnabled = !options.password().isEmpty();
    return new DatabaseManagementServiceBuilder(options.home())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, bolt)
        .setConfig(BoltConnector.advertised_address, bolt)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
        // Dev and test passwords are often short; the server default demands 8 characters.
        .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
        // Unset, the page cache takes half of the machine's memory.
        .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes())
        // Tx logs only need to survive a crash here, not feed backups: keep them small and few,
        // and do not preallocate (the default reserves 256 MiB per file per database).
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Netty otherwise idles 5 s per event loop group before it lets the JVM exit (10 s in
        // all); nothing is in flight by then, as Neo4j's own test builders also assume.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .build();
  }

  /** Bolt binds during build(), but only a successful connect proves clients can reach it. */
  private static void awaitBolt(int port) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        return;
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline) {
          throw new IOException("Bolt is not accepting connections on 127.0.0.1:" + port, notYet);
        }
        sleep(Duration.ofMillis(100));
      }
    }
  }

  private static long jvmStartToMainMillis(long mainNanos) {
    long sinceMain = (System.nanoTime() - mainNanos) / 1_000_000;
    return ProcessHandle.current()
        .info()
        .startInstant()
        .map(start -> Duration.between(start, Instant.now()).toMillis() - sinceMain)
        .orElse(-1L);
  }

  private static void shutDown(AtomicReference<DatabaseManagementService> running) {
    DatabaseManagementService service = running.getAndSet(null);
    if (service != null) {
      service.shutdown();
    }
  }

  /**
   * Exits (through the shutdown hook) when the process that started us goes away: its pid stops
   * being our parent (we were re-parented) or our stdin reaches end-of-file (its end of the pipe
   * closed, which happens even when it is SIGKILLed). Either alone can miss a case: a subreaper
   * inherits orphans, and a parent may hand us no pipe.
   */
  private static void watchParent() {
    Optional<Long> parentPid = ProcessHandle.current().parent().map(ProcessHandle::pid);
    Thread poller = new Thread(() -> pollParent(parentPid), "diplograph-neo4j-parent-poll");
    poller.setDaemon(true);
    poller.start();
    Thread stdin = new Thread(LocalNeo4j::drainStdin, "diplograph-neo4j-parent-stdin");
    stdin.setDaemon(true);
    stdin.start();
  }

  private static void pollParent(Optional<Long> parentPid) {
    while (true) {
      sleep(Duration.ofSeconds(1));
      Optional<ProcessHandle> parent = ProcessHandle.current().parent();
      boolean alive = parent.map(ProcessHandle::isAlive).orElse(false);
      if (!alive || !parent.map(ProcessHandle::pid).equals(parentPid)) {
        parentGone("parent process " + parentPid.orElse(-1L) + " is gone");
      }
    }
  }

  private static void drainStdin() {
    InputStream in = System.in;
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // The parent never writes; anything it does send is ignored.
      }
    } catch (IOException closed) {
      // A broken pipe means the same as end-of-file: the parent is gone.
    }
    parentGone("stdin closed");
  }

  private static void parentGone(String why) {
    // Both watchers fire when the parent dies; one message and one exit are enough.
    if (!PARENT_GONE.compareAndSet(false, true)) {
      return;
    }
    System.err.println("LocalNeo4j: " + why + "; shutting down");
    System.exit(0);
  }

  private static void awaitForever() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static Options parseOptions(String[] args) {
    Map<String, String> values = readArguments(args);
    String home = values.get("home");
    String port = values.get("port");
    if (home == null || home.isBlank()) {
      throw new IllegalArgumentException("--home is required");
    }
    if (port == null || !port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
      throw new IllegalArgumentException("--port must be a TCP port number, got " + port);
    }
    String password = values.getOrDefault("password", System.getenv("DIPLOGRAPH_NEO4J_PASSWORD"));
    long pageCache = ByteUnit.parse(values.getOrDefault("page-cache", "64m"));
    boolean watchParent = Boolean.parseBoolean(values.getOrDefault("watch-parent", "false"));
    return new Options(
        Path.of(home).toAbsolutePath(),
        Integer.parseInt(port),
        password == null ? "" : password,
        pageCache,
        watchParent);
  }

  /**
   * Reads {@code --name value}, {@code --name=value} and bare {@code --flag} (= "true"), over
   * defaults from the system properties {@code diplograph.neo4j.<camelCaseName>}.
   */
  static Map<String, String> readArguments(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (String name : OPTION_NAMES) {
      String property = System.getProperty("diplograph.neo4j." + camelCase(name));
      if (property != null) {
        values.put(name, property);
      }
    }
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      String option = args[i].substring(2);
      int equals = option.indexOf('=');
      String name = equals >= 0 ? option.substring(0, equals) : option;
      if (!OPTION_NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name);
      }
      if (equals >= 0) {
        values.put(name, option.substring(equals + 1));
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        values.put(option, args[++i]);
      } else {
        values.put(option, "true");
      }
    }
    return values;
  }

  private static String camelCase(String kebab) {
    StringBuilder out = new StringBuilder();
    for (String part : kebab.split("-")) {
      out.append(out.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return out.toString();
  }
}
