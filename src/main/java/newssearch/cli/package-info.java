/**
 * The {@code newssearch} command line (picocli): {@code index}, {@code serve}, {@code search} and the
 * extraction tools. Each subcommand reads its options into the settings of the stage it drives and prints
 * results to picocli's out writer; failures print one line, {@code newssearch: <message>}, with the stack
 * trace only under {@code --verbose}.
 */
package newssearch.cli;
