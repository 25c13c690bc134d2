/**
 * The places an article names (towns, regions, countries), read around the people and dates already found.
 */
package newssearch.item.places;
