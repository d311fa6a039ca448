package dev.strata.samples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A lending library on Spring Boot and JPA. It has no Strata code: the starter applies the
 * migrations that Strata's processor generated from the entities and view entities, before
 * Hibernate validates the mapping ({@code spring.jpa.hibernate.ddl-auto=validate}).
 */
@SpringBootApplication
public class LibraryApplication {

  public static void main(String[] args) {
    SpringApplication.run(LibraryApplication.class, args);
  }
}
