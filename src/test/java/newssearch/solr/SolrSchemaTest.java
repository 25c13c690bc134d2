package newssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import newssearch.index.NewsSchema;

/**
 * The configset's schema and the one schema class agree: every field NewsSchema names is declared, every facet
 * dimension has its doc-values string field, and the text analysis is the embedded index's, filter by filter.
 */
class SolrSchemaTest {

    private static Document schema;

    @BeforeAll
    static void read() throws Exception {
        schema = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(SolrCollections.configsetFile("schema.xml")));
    }

    private static Map<String, Element> fields() {
        Map<String, Element> fields = new HashMap<>();
        NodeList nodes = schema.getElementsByTagName("field");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element field = (Element) nodes.item(i);
            fields.put(field.getAttribute("name"), field);
        }
        return fields;
    }

    /** The field names NewsSchema declares as constants (not the facet dimensions, which have their own fields). */
    private static List<String> schemaClassFields() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field constant : NewsSchema.class.getFields()) {
            if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == String.class
                    && !constant.getName().startsWith("DIM_") && !constant.getName().startsWith("KIND_")
                    && !constant.getName().equals("LAYOUT_VERSION")) {
                names.add((String) constant.get(null));
            }
        }
        return names;
    }

    @Test
    void everyFieldOfTheSchemaClassIsDeclared() throws Exception {
        List<String> names = schemaClassFields();
        assertTrue(names.size() >= 18, names.toString());
        assertTrue(fields().keySet().containsAll(names),
                "missing: " + new TreeSet<>(names).descendingSet().stream().filter(n -> !fields().containsKey(n))
                        .toList());
    }

    @Test
    void everyFacetDimensionHasAStringFieldWithDocValues() {
        for (String dim : NewsSchema.DIMENSIONS) {
            Element field = fields().get(SolrDocuments.facetField(dim));
            assertTrue(field != null, dim);
            assertEquals("string", field.getAttribute("type"), dim);
            assertEquals("true", field.getAttribute("docValues"), dim);
            assertEquals("true", field.getAttribute("multiValued"), dim);
        }
    }

    /** As {@code NewsDocuments.vectorField}: the model's dimensions, compared by dot product, an HNSW graph. */
    @Test
    void theVectorFieldIsTheEmbeddedIndexs() {
        Element field = fields().get(NewsSchema.VECTOR);
        assertEquals("true", field.getAttribute("indexed"));
        assertEquals("true", field.getAttribute("stored"), "a full rebuild reads the vectors of unchanged pages");
        Element type = fieldType(field.getAttribute("type"));
        assertEquals("solr.DenseVectorField", type.getAttribute("class"));
        assertEquals(Integer.toString(NewsSchema.VECTOR_DIMENSIONS), type.getAttribute("vectorDimension"));
        assertEquals("dot_product", type.getAttribute("similarityFunction"));
        assertEquals("hnsw", type.getAttribute("knnAlgorithm"));
    }

    private static Element fieldType(String name) {
        NodeList types = schema.getElementsByTagName("fieldType");
        for (int i = 0; i < types.getLength(); i++) {
            if (((Element) types.item(i)).getAttribute("name").equals(name)) {
                return (Element) types.item(i);
            }
        }
        throw new AssertionError("no field type " + name);
    }

    @Test
    void highlightedFieldsKeepOffsetsAndTheTextFieldsShareTheAnalysis() {
        for (String name : List.of(NewsSchema.TITLE, NewsSchema.LEAD, NewsSchema.BODY)) {
            assertEquals("true", fields().get(name).getAttribute("storeOffsetsWithPositions"), name);
        }
        for (String name : List.of(NewsSchema.TITLE, NewsSchema.LEAD, NewsSchema.BODY, NewsSchema.PERSON,
                NewsSchema.PLACE, NewsSchema.COUNTRY, NewsSchema.ISSUER)) {
            assertEquals("text_news", fields().get(name).getAttribute("type"), name);
        }
    }

    /** The analysis chains as "tokenizer > filter > ..." lines, with each word-delimiter flag that is on. */
    private static String chain(String analyzerType) {
        NodeList types = schema.getElementsByTagName("fieldType");
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (!type.getAttribute("name").equals("text_news")) {
                continue;
            }
            NodeList analyzers = type.getElementsByTagName("analyzer");
            for (int a = 0; a < analyzers.getLength(); a++) {
                Element analyzer = (Element) analyzers.item(a);
                if (!analyzer.getAttribute("type").equals(analyzerType)) {
                    continue;
                }
                List<String> steps = new ArrayList<>();
                NodeList parts = analyzer.getChildNodes();
                for (int p = 0; p < parts.getLength(); p++) {
                    if (parts.item(p) instanceof Element part) {
                        String step = part.getAttribute("class").replace("solr.", "").replace("Factory", "");
                        if (step.equals("WordDelimiterGraphFilter")) {
                            List<String> on = new ArrayList<>();
                            for (String flag : List.of("generateWordParts", "generateNumberParts", "catenateWords",
                                    "catenateNumbers", "catenateAll", "preserveOriginal", "splitOnCaseChange",
                                    "splitOnNumerics", "stemEnglishPossessive")) {
                                if (part.getAttribute(flag).equals("1")) {
                                    on.add(flag);
                                }
                            }
                            // A boolean, not a flag: Solr reads "true", and adjusts offsets when it is missing.
                            if (!part.getAttribute("adjustOffsets").equals("false")
                                    && analyzerType.equals("index")) {
                                on.add("adjustOffsets");
                            }
                            step += on;
                        }
                        steps.add(step);
                    }
                }
                return String.join(" > ", steps);
            }
        }
        throw new AssertionError("no " + analyzerType + " analyzer for text_news");
    }

    @Test
    void theTextAnalysisIsTheEmbeddedIndexs() {
        // newssearch.lucene.NewsAnalyzer: INDEX_WORD_FLAGS with the parts' own offsets, then flatten, lower case,
        // fold, stop, stem.
        assertEquals("WhitespaceTokenizer > WordDelimiterGraphFilter[generateWordParts, generateNumberParts, "
                + "catenateWords, stemEnglishPossessive, adjustOffsets] > FlattenGraphFilter > LowerCaseFilter > ASCIIFoldingFilter > "
                + "StopFilter > PorterStemFilter", chain("index"));
        // QUERY_WORD_FLAGS, and no flattening: the query keeps the graph so that phrases stay exact.
        assertEquals("WhitespaceTokenizer > WordDelimiterGraphFilter[generateNumberParts, catenateWords, "
                + "stemEnglishPossessive] > LowerCaseFilter > ASCIIFoldingFilter > StopFilter > PorterStemFilter",
                chain("query"));
        // NewsAnalyzer.normalize: what a prefix goes through.
        assertEquals("KeywordTokenizer > LowerCaseFilter > ASCIIFoldingFilter", chain("multiterm"));
    }
}
