package org.example.genericcollections;

import jakarta.persistence.Entity;

/** Labels of another basic type than Crate's. */
@Entity
public class Bin extends Labelled<Integer> {}
