/** A generator class whose schema Strata does not know, for the package's entities. */
@GenericGenerator(name = "selected", type = org.hibernate.id.SelectGenerator.class)
package com.example.unsupported.genericpackage;

import org.hibernate.annotations.GenericGenerator;
