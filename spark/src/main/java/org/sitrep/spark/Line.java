package org.sitrep.spark;

import java.io.Serializable;

/** One line a partition gives: an article's facts or a problem, as JSON. */
record Line(String kind, String json) implements Serializable {
    static final String ARTICLE = "article";
    static final String PROBLEM = "problem";
}
