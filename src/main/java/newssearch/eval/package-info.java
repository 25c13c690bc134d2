/**
 * Measures the extraction against labelled pages: each page {@code X.txt} of a folder with a label
 * {@code X.json} is extracted by {@link newssearch.item.NewsItemParser} and compared field by field. It gives an
 * {@link newssearch.eval.EvalReport} (accuracy for single values, precision, recall and F1 for lists, and every
 * miss); printing it is left to the command line.
 */
package newssearch.eval;
