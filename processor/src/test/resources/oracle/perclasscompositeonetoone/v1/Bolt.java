package org.example.perclasscompositeonetoone;
import jakarta.persistence.*;
@Entity
public class Bolt extends Part {
  int size;
}
