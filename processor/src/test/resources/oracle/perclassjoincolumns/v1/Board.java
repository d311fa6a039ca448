package org.example.perclassjoincolumns;
import jakarta.persistence.*;
import java.util.*;
/** Its shapes are in the tables of Shape and Circle alike: each gets the column and its key. */
@Entity
public class Board {
  @Id Long id;
  @OneToMany
  @JoinColumn
  List<Shape> shapes;
}
