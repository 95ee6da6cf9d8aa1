package fr.qlod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void aCountIsDrawnInPlaceAndErasedAtTheEnd() {
        StringWriter out = new StringWriter();
        Progress progress = Progress.counting(new PrintWriter(out), true, "records converted");
        progress.update(1, null);
        progress.clear();
        assertEquals("\r1 records converted…\u001B[K\r\u001B[K", out.toString());
    }

    @Test
    void aCountNotShownWritesNothing() {
        StringWriter out = new StringWriter();
        Progress progress = Progress.counting(new PrintWriter(out), false, "records converted");
        progress.update(1000, null);
        progress.clear();
        assertEquals("", out.toString());
    }

    @Test
    void aBarTellsTheRateAndTimeLeft() {
        assertEquals(
                "[###...........................] 120/1000 1.0/s ETA 14m40s 14-120QE",
                Progress.onConsole(1000).line(120, 120_000_000_000L, "14-120QE"));
    }
}
