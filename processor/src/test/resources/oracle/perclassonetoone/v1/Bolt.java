package org.example.perclassonetoone;
import jakarta.persistence.*;
@Entity
public class Bolt extends Part {
  int size;
}
