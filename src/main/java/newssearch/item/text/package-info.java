/**
 * The words of a page as the extraction reads them: tokens, letter words, white space, hashed word sets, and
 * the resource files under {@code newssearch/item/}. It imports nothing else of the extraction; every other
 * package of it reads text through this one.
 */
package newssearch.item.text;
