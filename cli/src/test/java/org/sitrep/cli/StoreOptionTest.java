package org.sitrep.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreOptionTest {
    private static String url(String db) {
        StoreOption option = new StoreOption();
        option.db = db;
        return option.url();
    }

    @Test
    void aPathIsASqliteFileAndAJdbcUrlIsKept() {
        assertEquals("jdbc:sqlite:./sitrep.db", url("jdbc:sqlite:./sitrep.db"));
        assertEquals("jdbc:sqlite:data/news.db", url("data/news.db"));
        assertEquals("jdbc:postgresql://localhost:5433/s?user=u", url("jdbc:postgresql://localhost:5433/s?user=u"));
        assertEquals("JDBC:SQLITE:x.db", url("JDBC:SQLITE:x.db"));
    }

    @Test
    void progressWritesPlainLinesWhenNotATerminalAndDurationsReadWell() {
        assertEquals("45s", Progress.duration(44.6));
        assertEquals("2m05s", Progress.duration(125));
        assertEquals("1h01m", Progress.duration(3700));
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), false, 3);
        progress.article();
        progress.fileDone();
        progress.clear();
        assertTrue(!err.toString().contains("\r"), "no carriage return off a terminal");
    }

    @Test
    void tableCutsLongCellsAndPadsColumns() {
        TextTable table = new TextTable("a", "b");
        table.row("x", "y".repeat(200));
        table.row("longer", null);
        StringWriter out = new StringWriter();
        table.print(new PrintWriter(out));
        String[] lines = out.toString().split("\n");
        assertEquals("a       b", lines[0]);
        assertEquals("------  " + "-".repeat(90), lines[1]);
        assertTrue(lines[2].endsWith("\u2026"), lines[2]);
        assertEquals("longer", lines[3]);
    }
}
