package com.example.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;
import org.hibernate.annotations.Type;
import org.hibernate.usertype.UserType;

@Entity
public class UserTypedColumns {

  @Id
  @Type(CodeType.class)
  @Column(columnDefinition = "varchar(12)")
  String code;

  @Type(PairsType.class)
  Map<String, String> attributes;

  /** A UserType of its own, whose column type only running it tells. */
  public abstract static class PairsType implements UserType<Map<String, String>> {}

  /** A UserType of a key. */
  public abstract static class CodeType implements UserType<String> {}
}
