package org.example.embeddedcollections;

import jakarta.persistence.Entity;

/** An entity whose mapped superclass embeds the collections. */
@Entity
public class Charter extends Trip {}
