// Test input reconstructed here: the JPA mapping of _DomainTypes in the Sakila sample database
// (jinahya/jpa-with-sakila-sample-database): tables, columns and mapping annotations only.
package org.example.sakila;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

public final class _DomainTypes {

  public static final class Wkb {

    public static final int ENDIAN_BIG = 0;

    public static byte orderToEndian(final ByteOrder order) {
      Objects.requireNonNull(order, "order is null");
      return (byte) (order == ByteOrder.BIG_ENDIAN ? ENDIAN_BIG : 1);
    }

    public static ByteOrder endianToOrder(final byte endian) {
      if (endian == ENDIAN_BIG) {
        return ByteOrder.BIG_ENDIAN;
      }
      return ByteOrder.LITTLE_ENDIAN;
    }

    public static Wkb from(final ByteBuffer buffer) {
      Objects.requireNonNull(buffer, "buffer is null");
      buffer.order(endianToOrder(buffer.get()));
      final var type = buffer.getInt();
      final var data = new byte[buffer.remaining()];
      buffer.get(data);
      return new Wkb(buffer.order(), type, data);
    }

    private Wkb(final ByteOrder order, final int type, final byte[] data) {
      super();
      this.order = Objects.requireNonNull(order, "order is null");
      this.type = type;
      this.data = Objects.requireNonNull(data, "data is null");
    }

    public ByteBuffer put(final ByteBuffer buffer) {
      Objects.requireNonNull(buffer, "buffer is null");
      return buffer.order(order).put(orderToEndian(order)).putInt(type).put(data);
    }

    private int capacity() {
      return Byte.BYTES + Integer.BYTES + data.length;
    }

    private final ByteOrder order;

    private final int type;

    private final byte[] data;
  }

  public static final class Geometry {

    public static Geometry from(final ByteBuffer buffer) {
      Objects.requireNonNull(buffer, "buffer is null");
      final var srid = buffer.getInt();
      final var wkb = Wkb.from(buffer);
      return of(srid, wkb);
    }

    public static Geometry of(final int srid, final Wkb binary) {
      return new Geometry(srid, binary);
    }

    private Geometry(final int srid, final Wkb binary) {
      super();
      this.srid = srid;
      this.binary = Objects.requireNonNull(binary, "binary is null");
    }

    public ByteBuffer put(final ByteBuffer buffer) {
      Objects.requireNonNull(buffer, "buffer is null");
      return binary.put(buffer.putInt(srid));
    }

    public ByteBuffer toByteBuffer() {
      return put(ByteBuffer.allocate(Integer.BYTES + binary.capacity())).flip();
    }

    byte[] toByteArray() {
      return toByteBuffer().array();
    }

    private final int srid;

    private final Wkb binary;
  }

  private _DomainTypes() {
    throw new AssertionError("instantiation is not allowed");
  }
}
