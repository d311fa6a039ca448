package org.example.associations;

import java.io.Serializable;

/** What a loan knows of its borrower: an interface an entity implements, as in Broadleaf. */
public interface Patron extends Serializable {}
