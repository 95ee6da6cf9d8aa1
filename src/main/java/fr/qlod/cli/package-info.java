/** The picocli commands of the {@code qlod} program and the mapping of errors to exit codes. */
package fr.qlod.cli;
