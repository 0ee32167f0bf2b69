package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {
    @Test
    void consoleIsTerminal_withoutConsole_isFalse() {
        assertThat(Terminal.consoleIsTerminal(null)).isFalse();
    }
}
