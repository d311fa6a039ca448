package org.example.embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A name, and a nickname whose column the class's own override names. */
@MappedSuperclass
@AttributeOverride(name = "nick", column = @Column(name = "nickname", length = 20))
public class Named {
  private String name;

  private String nick;
}
