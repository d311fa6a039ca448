package dev.strata.processor;

import static dev.strata.processor.ModelRows.firstRow;
import static dev.strata.processor.ModelRows.insert;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An events-and-bookings application in mappings the warehouse ({@link
 * WarehouseEvolutionParityTest}), the help desk, the shop and the blog use little: a
 * self-referencing {@code @ManyToMany} through a named join table with {@code @OnDelete} and its
 * {@code mappedBy} side, another one ordered by an {@code @OrderColumn}, a record embeddable
 * embedded three times (twice under {@code @AttributeOverrides}, one of which names the columns
 * alone), kept as an ordered element collection and nested in another record kept so under an
 * override of a nested path ({@code price.amount}), an element collection of enums by name in a
 * {@code Set}, a map keyed by an enum by name and one by a date, {@code @OrderBy} lists of values
 * and of entities, a {@code JOINED} hierarchy under a mapped superclass with a version and
 * Hibernate's creation and update timestamps, a self-reference with {@code SET_NULL}, a
 * {@code @OneToOne(mappedBy)} whose other side shares the key through {@code @MapsId}, another
 * {@code @MapsId} over a UUID key, a to-one to a {@code JOINED} subclass, a natural id of a to-one
 * and a column, {@code @ManyToOne(optional = false)} with {@code @OnDelete}, a table's unique
 * constraint and index, {@code @Column(unique)}, class {@code @Check}s, {@code @ColumnDefault}s, a
 * named sequence, a {@code Short} version, and {@code Instant}, {@code LocalDate}, {@code
 * OffsetDateTime}, {@code Duration} and {@code UUID} columns. Version 2 renames a column, a mapped
 * superclass's column (in three tables), a record component (under overrides that keep their
 * columns and in two collection tables), a self-reference, and two entities: one with an implicitly
 * named join table and a collection table, one with a self-referencing many-to-many, collection
 * tables named after it and a sequence it keeps as the rename's warning advises. It widens lengths
 * and precisions, makes a column NOT NULL with a default over NULL rows and a to-one's column NOT
 * NULL, adds a NOT NULL column with a default to a subclass's filled table, adds enum constants
 * held in entities' columns, a collection table and a map's key, makes a renamed column unique,
 * gives a key {@code @OnDelete}, replaces an index, adds a collection of enums and a column, drops
 * a collection and adds a subclass. Hibernate 7.2's export is the oracle at each version, with the
 * rows kept up and down, on each database under each naming.
 */
class EventsEvolutionParityTest {

  private static final String FOLDER = "oracle/eventsevolution";

  private static final String PACKAGE = "org.example.eventsevolution";

  private static final List<String> SUPPORT =
      List.of("Audited", "Money", "PriceTier", "EventTag", "BookingStatus", "TicketState");

  private static final List<String> ENTITIES =
      List.of(
          "Venue",
          "Event",
          "Conference",
          "Workshop",
          "Attendee",
          "AttendeeProfile",
          "Booking",
          "Ticket",
          "Payment",
          "Speaker");

  private static final List<String> LATER_ENTITIES =
      List.of(
          "Venue",
          "Event",
          "Conference",
          "Workshop",
          "Meetup",
          "Participant",
          "AttendeeProfile",
          "Booking",
          "Ticket",
          "Payment",
          "Presenter");

  private static final String FIRST_BOOKING = "'00000000-0000-0000-0000-0000000000b1'";

  private static final String SECOND_BOOKING = "'00000000-0000-0000-0000-0000000000b2'";

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void eventsAndBookingsEvolveWithTheirRows(DatabaseKind kind, boolean spring) throws Exception {
    ParityModel events = new ParityModel(FOLDER, PACKAGE, SUPPORT, ENTITIES, spring);
    ParityModel grown = new ParityModel(FOLDER, PACKAGE, SUPPORT, LATER_ENTITIES, spring);
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = events.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      events.assertHibernatesSchema(first, database);
      database.execute(rows(events));
      try (URLClassLoader second = grown.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        grown.assertHibernatesSchema(second, database);
        assertKeptRows(database, grown);
        assertNewValuesFit(database, grown);

        strata.downgrade(1);
        events.assertHibernatesSchema(first, database);
        assertEquals(
            List.of("Ann Lee", "Duke", "10,1", "PENDING", "0", "Opening", "199.00,NOK", "+47 1"),
            List.of(
                firstAttendeesName(database, events, "Attendee", "fullName"),
                firstRow(database, events, "Speaker", "name"),
                firstRow(
                    database, events, speakersTable(events, "Speaker"), "Event_id", "speakers_id"),
                status(database, events, SECOND_BOOKING),
                count(database, events, "Speaker_topics"),
                firstRow(database, events, "Conference", "keynote"),
                bookingPaid(database, events, FIRST_BOOKING, "currency"),
                firstRow(database, events, "attendee_phones", "phone")));
      }
    }
  }

  /** The join table no annotation names: after the tables under Hibernate's naming. */
  private static String speakersTable(ParityModel model, String target) {
    return model.spring() ? "events_speakers" : "events_" + target;
  }

  private static String status(TestDatabase database, ParityModel model, String booking)
      throws Exception {
    return database
        .query(
            "SELECT "
                + model.name("status")
                + " FROM "
                + model.name("Booking")
                + " WHERE id = "
                + booking)
        .get(1);
  }

  /** The first attendee's name: the other's is NULL, which a unique index may read first. */
  private static String firstAttendeesName(
      TestDatabase database, ParityModel model, String table, String column) throws Exception {
    return database
        .query("SELECT " + model.name(column) + " FROM " + model.name(table) + " WHERE id = 1")
        .get(1);
  }

  /** A booking's amount and currency, whose column version 2 renames. */
  private static String bookingPaid(
      TestDatabase database, ParityModel model, String booking, String currency) throws Exception {
    return database
        .query(
            "SELECT "
                + model.name("amount")
                + ", "
                + model.name(currency)
                + " FROM "
                + model.name("Booking")
                + " WHERE id = "
                + booking)
        .get(1);
  }

  /** The first event's key and the day it was created, whose column version 2 renames. */
  private static String dayCreated(
      TestDatabase database, ParityModel model, String table, String column) throws Exception {
    String row =
        database
            .query(
                "SELECT id, "
                    + model.name(column)
                    + " FROM "
                    + model.name(table)
                    + " WHERE id = 10")
            .get(1);
    return row.substring(0, row.indexOf(' '));
  }

  /** The parent of the workshop, whose column version 2 renames. */
  private static String parentOf(TestDatabase database, ParityModel model) throws Exception {
    return database
        .query(
            "SELECT "
                + model.name("parentEvent_id")
                + " FROM "
                + model.name("events")
                + " WHERE id = 11")
        .get(1);
  }

  private static String count(TestDatabase database, ParityModel model, String table)
      throws Exception {
    return database.query("SELECT COUNT(*) FROM " + model.name(table)).get(1);
  }

  private static void assertKeptRows(TestDatabase database, ParityModel grown) throws Exception {
    assertEquals(
        List.of(
            "Ann Lee",
            "Duke",
            "10,1",
            "PENDING",
            "CONFIRMED",
            "3.5,20,ALL",
            "4,Opening",
            "199.00,NOK",
            "Spektrum,Oslo,9000",
            "99.50,NOK,10.00,NOK",
            "1,2",
            "1,hi",
            "+47 1",
            "10,FAMILY,5",
            "11,20.00,EUR,0",
            "early,15.00,EUR,0",
            "A-1,ISSUED,11",
            "199.00,null",
            "2,1,0",
            "2026-09-01,10",
            "1,+47 1",
            "10,2026-01-02",
            "10"),
        List.of(
            firstAttendeesName(database, grown, "Participant", "displayName"),
            firstRow(database, grown, "Presenter", "name"),
            firstRow(database, grown, speakersTable(grown, "Presenter"), "Event_id", "speakers_id"),
            status(database, grown, SECOND_BOOKING),
            status(database, grown, FIRST_BOOKING),
            firstRow(database, grown, "Workshop", "hours", "seats", "level"),
            firstRow(database, grown, "Conference", "tracks", "keynoteTitle"),
            bookingPaid(database, grown, FIRST_BOOKING, "code"),
            firstRow(database, grown, "venues", "name", "city", "capacity"),
            firstRow(
                database,
                grown,
                "events",
                "price_amount",
                "price_currency",
                "deposit_amount",
                "deposit_currency"),
            firstRow(database, grown, "attendee_follows", "follower_id", "followed_id"),
            firstRow(database, grown, "AttendeeProfile", "attendee_id", "bio"),
            firstRow(database, grown, "attendee_phones", "phone"),
            firstRow(database, grown, "event_quotas", "Event_id", "tag", "seats"),
            firstRow(
                database, grown, "workshop_fees", "Workshop_id", "amount", "code", "fees_ORDER"),
            firstRow(
                database, grown, "workshop_tiers", "label", "tier_amount", "code", "tiers_ORDER"),
            firstRow(database, grown, "Ticket", "seat", "state", "workshop_id"),
            firstRow(database, grown, "Payment", "amount", "method"),
            firstRow(database, grown, "attendee_blocks", "blocker_id", "blocked_id", "position"),
            firstRow(database, grown, "venue_days", "opening_day", "opening_hours"),
            firstRow(database, grown, "attendee_phones", "Participant_id", "phone"),
            dayCreated(database, grown, "events", "created"),
            parentOf(database, grown)));
  }

  /** Values only version 2 has: a subclass's row, the constants added, a collection's row. */
  private static void assertNewValuesFit(TestDatabase database, ParityModel grown)
      throws Exception {
    database.execute(
        insert(grown, "events", "id", "version", "title", "publicId", "venue_id")
            + " VALUES (12, 0, 'JUG', '00000000-0000-0000-0000-00000000000c', 1)",
        insert(grown, "Meetup", "id", "host", "online") + " VALUES (12, 'Duke', TRUE)",
        insert(grown, "event_tags", "event_id", "tag") + " VALUES (12, 'HYBRID')",
        insert(grown, "attendee_interests", "Participant_id", "interests")
            + " VALUES (1, 'HYBRID')",
        "UPDATE "
            + grown.name("Booking")
            + " SET "
            + grown.name("status")
            + " = 'WAITLISTED' WHERE id = "
            + FIRST_BOOKING);
    assertEquals(
        List.of("Duke", "HYBRID", "WAITLISTED"),
        List.of(
            firstRow(database, grown, "Meetup", "host"),
            firstRow(database, grown, "attendee_interests", "interests"),
            status(database, grown, FIRST_BOOKING)));
    // the values version 1 cannot hold go before the downgrade
    database.execute(
        "UPDATE "
            + grown.name("Booking")
            + " SET "
            + grown.name("status")
            + " = 'CONFIRMED' WHERE id = "
            + FIRST_BOOKING,
        "DELETE FROM " + grown.name("event_tags") + " WHERE event_id = 12",
        "DELETE FROM " + grown.name("Meetup"),
        "DELETE FROM " + grown.name("events") + " WHERE id = 12");
  }

  private static String[] rows(ParityModel events) {
    return new String[] {
      insert(events, "venues", "id", "code", "name", "city", "website", "capacity")
          + " VALUES (1, 'OSL-1', 'Spektrum', 'Oslo', 'https://spektrum.no', 9000)",
      insert(
              events,
              "events",
              "id",
              "version",
              "createdAt",
              "title",
              "publicId",
              "startsOn",
              "runtime",
              "venue_id",
              "price_amount",
              "price_currency",
              "deposit_amount",
              "deposit_currency")
          + " VALUES (10, 0, TIMESTAMP '2026-01-02 03:04:05', 'JavaZone',"
          + " '00000000-0000-0000-0000-00000000000a', DATE '2026-09-01', 7200000000000, 1,"
          + " 99.50, 'NOK', 10.00, 'NOK'),"
          + " (11, 0, NULL, 'Kotlin 101', '00000000-0000-0000-0000-00000000000b', NULL, NULL,"
          + " 1, NULL, NULL, NULL, NULL)",
      insert(events, "Conference", "id", "tracks", "keynote") + " VALUES (10, 4, 'Opening')",
      insert(events, "Workshop", "id", "hours", "seats") + " VALUES (11, 3.5, 20)",
      "UPDATE "
          + events.name("events")
          + " SET "
          + events.name("parent_id")
          + " = 10 WHERE id = 11",
      insert(events, "event_quotas", "Event_id", "tag", "seats") + " VALUES (10, 'FAMILY', 5)",
      insert(events, "workshop_fees", "Workshop_id", "amount", "currency", "fees_ORDER")
          + " VALUES (11, 20.00, 'EUR', 0)",
      insert(events, "event_tags", "event_id", "tag") + " VALUES (10, 'TECH'), (11, 'FAMILY')",
      insert(events, "Attendee", "id", "version", "email", "fullName")
          + " VALUES (1, 0, 'ann@x', 'Ann Lee'), (2, 0, 'bo@x', NULL)",
      insert(events, "attendee_follows", "follower_id", "followed_id") + " VALUES (1, 2)",
      insert(events, "AttendeeProfile", "attendee_id", "bio", "birthday")
          + " VALUES (1, 'hi', DATE '1990-01-01')",
      insert(events, "attendee_phones", "Attendee_id", "phone") + " VALUES (1, '+47 1')",
      insert(
              events,
              "Booking",
              "id",
              "version",
              "event_id",
              "attendee_id",
              "bookedAt",
              "seats",
              "amount",
              "currency",
              "status")
          + " VALUES ("
          + FIRST_BOOKING
          + ", 0, 10, 1, TIMESTAMP '2026-02-03 04:05:06', 2, 199.00, 'NOK', 'CONFIRMED'),"
          + " ("
          + SECOND_BOOKING
          + ", 0, 11, 2, NULL, 1, NULL, NULL, NULL)",
      insert(
              events,
              "workshop_tiers",
              "Workshop_id",
              "label",
              "tier_amount",
              "currency",
              "tiers_ORDER")
          + " VALUES (11, 'early', 15.00, 'EUR', 0)",
      insert(events, "Ticket", "id", "version", "event_id", "seat", "booking_id", "workshop_id")
          + " VALUES (1, 0, 10, 'A-1', "
          + FIRST_BOOKING
          + ", 11)",
      insert(events, "Payment", "booking_id", "amount") + " VALUES (" + FIRST_BOOKING + ", 199.00)",
      insert(events, "attendee_blocks", "blocker_id", "blocked_id", "position")
          + " VALUES (2, 1, 0)",
      insert(events, "venue_days", "Venue_id", "opening_day", "opening_hours")
          + " VALUES (1, DATE '2026-09-01', 10)",
      insert(events, "Speaker", "id", "name") + " VALUES (1, 'Duke')",
      insert(events, "Speaker_topics", "Speaker_id", "topics") + " VALUES (1, 'java')",
      insert(events, speakersTable(events, "Speaker"), "Event_id", "speakers_id")
          + " VALUES (10, 1)"
    };
  }
}
