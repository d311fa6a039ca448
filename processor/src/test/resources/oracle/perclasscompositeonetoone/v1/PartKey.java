package org.example.perclasscompositeonetoone;
import jakarta.persistence.*;
import java.io.Serializable;
@Embeddable
public class PartKey implements Serializable {
  String maker;
  Long serial;
  @Override public boolean equals(Object o) { return o instanceof PartKey k && java.util.Objects.equals(maker, k.maker) && java.util.Objects.equals(serial, k.serial); }
  @Override public int hashCode() { return java.util.Objects.hash(maker, serial); }
}
