/**
 * The extraction's entry point: {@link newssearch.item.extract.NewsItemParser#parse} runs layout, dates,
 * people, places and quotes over one page and gives a {@link newssearch.item.NewsItem}.
 */
package newssearch.item.extract;
