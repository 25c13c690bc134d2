/**
 * The item's date and where it came from: the metadata block, the dateline ("VIENNA, 25 May 2024 –") or an
 * inference; the dateline's cities are left to {@code places}.
 */
package newssearch.item.dates;
