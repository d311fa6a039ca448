package org.example.perclassjoincolumns;
import jakarta.persistence.*;
@Entity
public class Circle extends Shape {
  int radius;
}
