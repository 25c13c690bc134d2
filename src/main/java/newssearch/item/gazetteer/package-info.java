/**
 * The site's facts about places and bodies: participating States and their aliases, cities, fields of
 * work and the words of the navigation. It answers look-ups; finding places in an article is {@code places}.
 */
package newssearch.item.gazetteer;
