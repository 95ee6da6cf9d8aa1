package fr.qlod.cli;

/** The exit codes of every qlod command. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;
    static final int STORE = 4;

    private ExitCodes() {}
}
