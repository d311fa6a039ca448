package org.example.genericondelete;

import jakarta.persistence.Entity;

@Entity
public class Folder extends Parent<Doc> {
  String title;
}
