/**
 * The quotations of an article and their speakers, resolved against the people it names.
 */
package newssearch.item.quotes;
