package dev.magicgre.stub.store;

import dev.magicgre.model.GreTunnel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The store in a SQL database, the same code for the embedded file (H2) and PostgreSQL: the schema is
 * {@code db/migration}'s. The database, not this JVM, keeps the rules: names and ids unique per account by
 * constraint, each write one transaction, the rows a write changes or deletes locked ({@code FOR UPDATE}) so
 * that a delete and an update of the same tunnel, in one process or in two sharing the database, happen one
 * after the other. A create lets the constraint check its names and looks for the holders only when refused; a
 * replacement checks in its transaction first. A concurrent write that slips in between is caught by the
 * constraint, and the write is run again ({@link Transactor}) to find out why.
 */
public final class JdbcTunnelStore implements TunnelStore {

  /** Bound on the values of one {@code IN (...)} list; bigger sets are asked in slices. */
  private static final int IN_SLICE = 500;
  /** Rows a list's cursor reads per round trip. */
  private static final int FETCH_SIZE = 256;
  /** A name no request can have (names are at most 15 characters), unique per id: a rename's stepping stone. */
  private static final String PARKED_NAME_PREFIX = "\u0001parked:";

  private final Database database;
  private final Transactor transactor;
  private final TunnelJson json = new TunnelJson();

  JdbcTunnelStore(Database database) {
    this.database = database;
    this.transactor = new Transactor(database.dataSource(), database::awaitDurable);
  }

  @Override
  public void insertAll(String accountId, List<GreTunnel> tunnels, Write write) {
    if (tunnels.isEmpty()) {
      return;
    }
    transactor.write(write, connection -> {
      // optimistic: most creates take free names, so the constraint is the check (one round trip less); a
      // refusal is then explained by looking, in a fresh transaction, at who holds the names
      try {
        insertRows(connection, accountId, tunnels);
      } catch (SQLException refused) {
        if (!SqlStates.isUniqueViolation(refused)) {
          throw refused;
        }
        connection.rollback();
        refuseTakenNames(connection, accountId, tunnels);
        throw refused; // no name is held now: the holder rolled back, or an id collided; the write is run again
      }
      return null;
    });
  }

  private void insertRows(Connection connection, String accountId, List<GreTunnel> tunnels) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO tunnels (account_id, id, name, body) VALUES (?, ?, ?, ?)")) {
      for (GreTunnel tunnel : tunnels) {
        insert.setString(1, accountId);
        insert.setString(2, tunnel.getId());
        insert.setString(3, tunnel.getName());
        insert.setString(4, json.write(tunnel));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Refuses the names held in the account or repeated in the write, in the order of the write, each once. */
  private static void refuseTakenNames(Connection connection, String accountId, List<GreTunnel> tunnels)
      throws SQLException {
    Set<String> wanted = new HashSet<>();
    for (GreTunnel tunnel : tunnels) {
      wanted.add(tunnel.getName());
    }
    Map<String, String> holders = holdersOf(connection, accountId, wanted);
    Set<String> refused = new LinkedHashSet<>();
    Set<String> names = new HashSet<>();
    for (GreTunnel tunnel : tunnels) {
      if (!names.add(tunnel.getName()) || holders.containsKey(tunnel.getName())) {
        refused.add(tunnel.getName());
      }
    }
    if (!refused.isEmpty()) {
      throw new NameTakenException(List.copyOf(refused));
    }
  }

  @Override
  public Optional<GreTunnel> find(String accountId, String id) {
    return transactor.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT body FROM tunnels WHERE account_id = ? AND id = ?")) {
        select.setString(1, accountId);
        select.setString(2, id);
        try (ResultSet rows = select.executeQuery()) {
          return rows.next() ? Optional.of(json.read(rows.getString(1))) : Optional.empty();
        }
      }
    });
  }

  /**
   * One statement read through a cursor: in a read-only transaction (PostgreSQL ignores the fetch size under
   * autocommit and would buffer every row), {@code FETCH_SIZE} rows at a time. One statement is a snapshot in
   * both engines, so a bulk write is seen whole or not at all.
   */
  @Override
  public void forEach(String accountId, Consumer<? super GreTunnel> each) {
    transactor.readOnly(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT body FROM tunnels WHERE account_id = ? ORDER BY seq")) {
        select.setString(1, accountId);
        select.setFetchSize(FETCH_SIZE);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            each.accept(json.read(rows.getString(1)));
          }
        }
        return null;
      }
    });
  }

  @Override
  public List<GreTunnel> replaceAll(String accountId, List<TunnelChange> changes, Write write) {
    if (changes.isEmpty()) {
      return List.of();
    }
    return transactor.write(write, connection -> {
      Set<String> ids = new LinkedHashSet<>();
      for (TunnelChange change : changes) {
        ids.add(change.id());
      }
      Map<String, GreTunnel> current = lockForUpdate(connection, accountId, ids);
      List<String> missing = new ArrayList<>();
      for (String id : ids) {
        if (!current.containsKey(id)) {
          missing.add(id);
        }
      }
      if (!missing.isEmpty()) {
        throw new TunnelNotFoundException(missing);
      }
      List<GreTunnel> replacements = new ArrayList<>(changes.size());
      for (TunnelChange change : changes) {
        replacements.add(change.change().apply(current.get(change.id())));
      }
      boolean swapsNames = checkNames(connection, accountId, changes, replacements, current);
      if (swapsNames) {
        parkNames(connection, accountId, ids);
      }
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE tunnels SET name = ?, body = ? WHERE account_id = ? AND id = ?")) {
        for (int i = 0; i < changes.size(); i++) {
          GreTunnel replacement = replacements.get(i);
          update.setString(1, replacement.getName());
          update.setString(2, json.write(replacement));
          update.setString(3, accountId);
          update.setString(4, changes.get(i).id());
          update.addBatch();
        }
        update.executeBatch();
      }
      return replacements;
    });
  }

  /**
   * Refuses names used twice among the replacements, or held by a tunnel of the account that is not being
   * replaced (the rule of {@link InMemoryTunnelStore}).
   *
   * @return whether a replacement takes a name another replaced tunnel holds now (the names must be parked
   *     first: the unique constraint is checked row by row)
   */
  private boolean checkNames(Connection connection, String accountId, List<TunnelChange> changes,
      List<GreTunnel> replacements, Map<String, GreTunnel> current) throws SQLException {
    Set<String> newNames = new HashSet<>();
    for (GreTunnel replacement : replacements) {
      newNames.add(replacement.getName());
    }
    Map<String, String> holders = holdersOf(connection, accountId, newNames);
    Set<String> refused = new LinkedHashSet<>();
    Set<String> names = new HashSet<>();
    boolean swapsNames = false;
    for (int i = 0; i < replacements.size(); i++) {
      String name = replacements.get(i).getName();
      String holder = holders.get(name);
      boolean heldByOther = holder != null && !current.containsKey(holder);
      if (!names.add(name) || heldByOther) {
        refused.add(name);
      }
      swapsNames |= holder != null && !holder.equals(changes.get(i).id());
    }
    if (!refused.isEmpty()) {
      throw new NameTakenException(List.copyOf(refused));
    }
    return swapsNames;
  }

  private static void parkNames(Connection connection, String accountId, Collection<String> ids)
      throws SQLException {
    try (PreparedStatement park = connection.prepareStatement(
        "UPDATE tunnels SET name = ? WHERE account_id = ? AND id = ?")) {
      for (String id : ids) {
        park.setString(1, PARKED_NAME_PREFIX + id);
        park.setString(2, accountId);
        park.setString(3, id);
        park.addBatch();
      }
      park.executeBatch();
    }
  }

  @Override
  public Optional<GreTunnel> delete(String accountId, String id, Write write) {
    return transactor.write(write, connection -> {
      Map<String, GreTunnel> stored = lockForUpdate(connection, accountId, List.of(id));
      GreTunnel tunnel = stored.get(id);
      if (tunnel == null) {
        return Optional.empty();
      }
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM tunnels WHERE account_id = ? AND id = ?")) {
        delete.setString(1, accountId);
        delete.setString(2, id);
        delete.executeUpdate();
      }
      return Optional.of(tunnel);
    });
  }

  /** The stored tunnels of those ids, locked until the transaction ends; locked in id order (no deadlock between two bulk writes). */
  private Map<String, GreTunnel> lockForUpdate(Connection connection, String accountId, Collection<String> ids)
      throws SQLException {
    Map<String, GreTunnel> found = new HashMap<>();
    for (List<String> slice : slices(List.copyOf(ids))) {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT id, body FROM tunnels WHERE account_id = ? AND id IN (" + placeholders(slice.size())
              + ") ORDER BY id FOR UPDATE")) {
        select.setString(1, accountId);
        for (int i = 0; i < slice.size(); i++) {
          select.setString(i + 2, slice.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            found.put(rows.getString(1), json.read(rows.getString(2)));
          }
        }
      }
    }
    return found;
  }

  /** Name to the id of the tunnel of the account that holds it, for those of {@code names} that are held. */
  private static Map<String, String> holdersOf(Connection connection, String accountId, Collection<String> names)
      throws SQLException {
    Map<String, String> holders = new HashMap<>();
    for (List<String> slice : slices(List.copyOf(names))) {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT name, id FROM tunnels WHERE account_id = ? AND name IN (" + placeholders(slice.size()) + ")")) {
        select.setString(1, accountId);
        for (int i = 0; i < slice.size(); i++) {
          select.setString(i + 2, slice.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            holders.put(rows.getString(1), rows.getString(2));
          }
        }
      }
    }
    return holders;
  }

  private static List<List<String>> slices(List<String> values) {
    List<List<String>> slices = new ArrayList<>();
    for (int from = 0; from < values.size(); from += IN_SLICE) {
      slices.add(values.subList(from, Math.min(values.size(), from + IN_SLICE)));
    }
    return slices;
  }

  private static String placeholders(int count) {
    return "?" + ", ?".repeat(count - 1);
  }

  @Override
  public long clear() {
    return transactor.write(Write.COMMIT, connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tunnels")) {
        return (long) delete.executeUpdate();
      }
    });
  }

  @Override
  public long clear(String accountId) {
    return transactor.write(Write.COMMIT, connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tunnels WHERE account_id = ?")) {
        delete.setString(1, accountId);
        return (long) delete.executeUpdate();
      }
    });
  }

  @Override
  public long size() {
    return transactor.read(connection -> {
      try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM tunnels");
          ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  /** How many connections its pool has: how many requests it can serve at once. */
  public int connections() {
    return database.poolSize();
  }

  @Override
  public String describe() {
    return database.description();
  }

  @Override
  public void close() {
    database.close();
  }
}
